import { readFileSync } from "node:fs";
import { describe, expect, it, test } from "vitest";
import { cleanArticle, offLimits } from "../../src/clean/index.ts";
import { gazetteer } from "../../src/extract/places/gazetteer.ts";
import { canonicalPlace, extractPlaces, placesExtractor } from "../../src/extract/places/index.ts";
import { makeContext } from "../helpers/context.ts";
import { FIXTURES_DIR } from "../helpers/fixtures.ts";

const names = (text: string) => placesExtractor.extract(makeContext(text)).map((m) => m.name);
const mentions = (text: string) => placesExtractor.extract(makeContext(text)).map((m) => [m.text, m.name, m.ruleId]);

describe("places: rule families", () => {
  test.each([
    // abbreviations and colloquial names
    ["Pemprov Jatim dan Jateng", ["Jawa Timur", "Jawa Tengah"]],
    ["Sekda DIY dan NTB hadir.", ["Daerah Istimewa Yogyakarta", "Nusa Tenggara Barat"]],
    ["warga Sumut, Sulsel dan Kaltim", ["Sumatera Utara", "Sulawesi Selatan", "Kalimantan Timur"]],
    ["Ia tinggal di Jakarta dan Solo.", ["DKI Jakarta", "Kota Surakarta"]],
    ["Wisatawan memadati Jogja.", ["Daerah Istimewa Yogyakarta"]],
    ["banjir di Jabodetabek", ["Jabodetabek"]],
    // prefixes, se-, Pem*
    ["Kota Semarang dan Kab. Demak", ["Kota Semarang", "Kabupaten Demak"]],
    ["Provinsi Jawa Tengah", ["Jawa Tengah"]],
    ["lomba se-Jatim dan se-Jawa Tengah", ["Jawa Timur", "Jawa Tengah"]],
    ["Pemkot Semarang dan Pemkab Demak", ["Kota Semarang", "Kabupaten Demak"]],
    ["Pemerintah Kabupaten Tegal", ["Kabupaten Tegal"]],
    ["Kabupaten Ogan Komering Ilir (OKI)", ["Kabupaten Ogan Komering Ilir", "Kabupaten Ogan Komering Ilir"]],
    ["Kota Lubuk Linggau dan Lubuklinggau", ["Kota Lubuklinggau", "Kota Lubuklinggau"]],
    // regency abbreviations, a city written in two words
    ["Pemkab Kotim dan Pemkab Pulpis", ["Kabupaten Kotawaringin Timur", "Kabupaten Pulang Pisau"]],
    ["Kukar, Kutim dan Inhil", ["Kabupaten Kutai Kartanegara", "Kabupaten Kutai Timur", "Kabupaten Indragiri Hilir"]],
    ["Kota Palangka Raya dan Palangkaraya", ["Kota Palangka Raya", "Kota Palangka Raya"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("keeps an office or organization out of the mention, a level word in it", () => {
    expect(mentions("Wali Kota Semarang dan Kota Semarang")).toEqual([
      ["Semarang", "Kota Semarang", "place.cue-pemkot"],
      ["Kota Semarang", "Kota Semarang", "place.cue-kota"],
    ]);
  });
});

describe("places: kota or kabupaten", () => {
  test.each([
    ["Ia datang ke Malang.", "Kota Malang", "place.bare-name-prefers-kota"],
    ["Bupati Malang membuka acara.", "Kabupaten Malang", "place.cue-pemkab"],
    ["Pemkab Kediri menggelar lomba.", "Kabupaten Kediri", "place.cue-pemkab"],
    ["Walkot Tegal hadir.", "Kota Tegal", "place.cue-pemkot"],
    ["Kabupaten Bandung Barat", "Kabupaten Bandung Barat", "place.cue-kabupaten"],
    ["banjir di Demak", "Kabupaten Demak", "place.bare-name"],
    ["tiba di Surabaya", "Kota Surabaya", "place.bare-name"],
  ])("%s -> %s", (text, name, ruleId) => {
    expect(placesExtractor.extract(makeContext(text)).map((m) => [m.name, m.ruleId])).toEqual([[name, ruleId]]);
  });

  it("reads both levels when both are written", () => {
    expect(names("Kabupaten Bogor dan Kota Bogor; Bogor")).toEqual(["Kabupaten Bogor", "Kota Bogor", "Kota Bogor"]);
  });
});

describe("places: kecamatan and desa only with a cue", () => {
  it("reads them after their cue, with a code when the kabupaten named nearby decides", () => {
    const found = extractPlaces(makeContext("Desa Cibodas, Kecamatan Lembang, Kabupaten Bandung Barat"));
    expect(found.map((m) => [m.name, m.kind, m.code?.slice(0, 8) ?? null])).toEqual([
      ["Desa Cibodas", "desa", "32.17.01"],
      ["Kecamatan Lembang", "kecamatan", "32.17.01"],
      ["Kabupaten Bandung Barat", "kabupaten", "32.17"],
    ]);
  });

  it("reads a name of several words written as one (fixtures/blind-8, blind-12)", () => {
    expect(extractPlaces(makeContext("di Kecamatan Bontobahari, Bulukumba")).map((m) => [m.name, m.code])).toEqual([
      ["Kecamatan Bonto Bahari", "73.02.03"],
      ["Kabupaten Bulukumba", "73.02"],
    ]);
    // ... and the other way round, where no area has the two words as its name (fixtures/blind-5).
    expect(extractPlaces(makeContext("Desa Kanreapia, Kecamatan Tombolo Pao, Kabupaten Gowa")).map((m) => [m.name, m.code])).toEqual([
      ["Desa Kanreapia", "73.06.10.2004"],
      ["Kecamatan Tombolopao", "73.06.10"],
      ["Kabupaten Gowa", "73.06"],
    ]);
    // "Sumberejo" is a desa's own name: never read as another's "Sumbe Rejo" or the like.
    expect(extractPlaces(makeContext("di Desa Sumberejo")).map((m) => m.name)).toEqual(["Desa Sumberejo"]);
  });

  it("keeps an ambiguous desa without a code", () => {
    expect(extractPlaces(makeContext("di Desa Sumberejo")).map((m) => [m.name, m.code])).toEqual([["Desa Sumberejo", null]]);
  });

  it("joins a coordinated name to the cue's level", () => {
    expect(names("di Kecamatan Karanganyar dan Gajah, Demak")).toEqual(["Kecamatan Karanganyar", "Kecamatan Gajah", "Kabupaten Demak"]);
  });

  it("joins a coordinated name longer than a bigger area's name (Cimahi Tengah, not Kota Cimahi)", () => {
    expect(names("Kecamatan Cimahi Utara dan Cimahi Tengah masing-masing")).toEqual(["Kecamatan Cimahi Utara", "Kecamatan Cimahi Tengah"]);
  });

  it("reads a lower-case cue after a number as the noun counted ('10 desa Bali' is no Desa Bali)", () => {
    expect(names("Pemprov menargetkan sedikitnya 10 desa Bali lolos ke 50 besar.")).toEqual(["Bali"]);
    expect(names("ada tujuh desa Sleman yang lolos")).toEqual(["Kabupaten Sleman"]);
  });

  it("joins every name of a list to the cue's level, one at that level too ('dan Bone')", () => {
    expect(names("di Kabupaten Lombok Tengah, Aceh Besar, dan Bone")).toEqual(["Kabupaten Lombok Tengah", "Kabupaten Aceh Besar", "Kabupaten Bone"]);
  });

  it("reads the list a counted cue opens at the cue's level", () => {
    expect(names("hujan es turun di lima kecamatan, yakni Merdeka, Naman Teran, dan Tigapanah, Kabupaten Karo.")).toEqual([
      "Kecamatan Merdeka",
      "Kecamatan Naman Teran",
      "Kecamatan Tigapanah",
      "Kabupaten Karo",
    ]);
    // Without an opener the counted noun stays a noun.
    expect(names("hujan es turun di lima kecamatan Kabupaten Karo.")).toEqual(["Kabupaten Karo"]);
    // A collective number, a short relative clause and "adalah" before the list (fixtures/blind-14).
    expect(names("Rob melanda Kota Pekalongan. Ketiga kelurahan yang terdampak adalah Bandengan, Panjang Wetan, dan Degayu.")).toEqual([
      "Kota Pekalongan",
      "Kelurahan Bandengan",
      "Kelurahan Panjang Wetan",
      "Kelurahan Degayu",
    ]);
  });

  it("names a village desa or kelurahan by its code, whatever the cue before the list said", () => {
    expect(names("Banjir merendam tiga desa dan satu kelurahan, yakni Bolo, Raji, Cabean, serta Kelurahan Bintoro di Kecamatan Demak, Kabupaten Demak.")).toEqual([
      "Desa Bolo",
      "Desa Raji",
      "Desa Cabean",
      "Kelurahan Bintoro",
      "Kecamatan Demak",
      "Kabupaten Demak",
    ]);
  });

  it("reads a kecamatan written bare after a locative, and the names joined to it, inside a kabupaten the article names", () => {
    expect(names("Banjir melanda Kabupaten Tanggamus. Pasokan dari Gisting dan Talang Padang terhenti.")).toEqual([
      "Kabupaten Tanggamus",
      "Kecamatan Gisting",
      "Kecamatan Talang Padang",
    ]);
    // Without its kabupaten in the article the bare name stays unread.
    expect(names("Pasokan dari Gisting terhenti.")).toEqual([]);
  });

  it("keeps police headquarters and plazas as venues", () => {
    expect(names("dalam konferensi pers di Mapolres Langkat, Stabat")).toContain("Mapolres Langkat");
    expect(names("di Plaza Insan Berprestasi, Jakarta")).toContain("Plaza Insan Berprestasi");
  });

  it("reads Aceh's gampong and West Sumatra's nagari as villages", () => {
    expect(extractPlaces(makeContext("dari Gampong Nusa, Kecamatan Lhoknga, Aceh Besar")).map((m) => [m.text, m.kind])).toEqual([
      ["Gampong Nusa", "desa"],
      ["Kecamatan Lhoknga", "kecamatan"],
      ["Aceh Besar", "kabupaten"],
    ]);
  });

  it("reads Yogyakarta's kapanewon and kemantren as kecamatan, its kalurahan as villages, and the place a Panewu heads", () => {
    expect(extractPlaces(makeContext("di Kalurahan Caturtunggal, Kapanewon Depok, Kabupaten Sleman")).map((m) => [m.text, m.kind])).toEqual([
      ["Kalurahan Caturtunggal", "desa"],
      ["Kapanewon Depok", "kecamatan"],
      ["Kabupaten Sleman", "kabupaten"],
    ]);
    expect(extractPlaces(makeContext("warga Kemantren Gondokusuman")).map((m) => m.kind)).toEqual(["kecamatan"]);
    // "Panewu Depok" is the head of Kapanewon Depok (Sleman), never Kota Depok in West Java.
    expect(extractPlaces(makeContext("Panewu Depok, Rizky Hidayatullah, mengatakan")).map((m) => [m.text, m.kind])).toEqual([["Depok", "kecamatan"]]);
  });

  it("takes no village name without its cue", () => {
    expect(names("Sumberejo dan Cibodas ramai. Makmur Jaya Sentosa.")).toEqual([]);
  });

  it("reads villages written bare after a locative inside a kecamatan the article names (fixtures/blind-10)", () => {
    expect(names("Di Kecamatan Pejawaran, tebing jalan kabupaten ambrol di Tlahab dan Grogol.")).toEqual(["Kecamatan Pejawaran", "Desa Tlahab", "Desa Grogol"]);
    // Not where only the kabupaten is named ("Dieng" is also a plateau), nor where the name goes on: a nickname, a person.
    expect(names("Jalur dari Kabupaten Wonosobo menuju Dieng ditutup.")).toEqual(["Kabupaten Wonosobo"]);
    expect(names("Penerima WTN dari Bumi Nyiur Melambai bertambah di Kota Bitung.")).toEqual(["Kota Bitung"]);
    expect(names("Kepala Desa Pagergunung, Slamet Riyadi, menaksir kerugian.")).toEqual(["Desa Pagergunung"]);
  });

  it("reads a village name with an apostrophe inside (fixtures/blind-10)", () => {
    expect(names("Juara I diraih Desa Pa'bentengan, Kecamatan Eremerasa, Kabupaten Bantaeng.")).toEqual(["Desa Pa'bentengan", "Kecamatan Eremerasa", "Kabupaten Bantaeng"]);
  });

  it("reads a name that is also a word after a place it is tied to: the kabupaten of an address, a route's other end (fixtures/blind-10)", () => {
    expect(names("Juara II jatuh ke Kelurahan Leang-Leang, Kecamatan Bantimurung, Maros, dan juara III.")).toContain("Kabupaten Maros");
    expect(names("Kapal melayani rute Ambon-Tual.")).toEqual(["Kota Ambon", "Kota Tual"]);
    // A person's name after a place and a comma is neither: "Bima" of "Bima Arya", "Maros" without its kecamatan.
    expect(names("Wali Kota Ambon, Bima Arya, hadir.")).toEqual(["Kota Ambon"]);
    expect(names("Kota Semarang, Maros hadir.")).toEqual(["Kota Semarang"]);
  });

  it("reads such a name right after a ranking verb as the team that ranks, unless the name goes on (fixtures/blind-10)", () => {
    expect(names("Posisi kedua ditempati Kabupaten Badung, disusul Gianyar di peringkat ketiga.")).toEqual(["Kabupaten Badung", "Kabupaten Gianyar"]);
    expect(names("Juara I diraih Bima Arya.")).toEqual([]);
  });
});

describe("places: venues", () => {
  test.each([
    ["di Gedung Sasana Widya Praja BPSDMD, Senin (14/8/2023).", ["Gedung Sasana Widya Praja BPSDMD"]],
    ["di Gedung Negara Grahadi Surabaya", ["Gedung Negara Grahadi", "Kota Surabaya"]],
    ["di Gedung DPRD Jatim", ["Gedung DPRD Jatim"]],
    ["rapat di Gedung DPRD Kabupaten Banyumas, Senin", ["Gedung DPRD Kabupaten Banyumas"]],
    ["PT Baja Selat Sunda Tbk harus puas. Kapal melintasi Selat Sunda.", ["Selat Sunda"]],
    ["General Manager PT Angkasa Pura Indonesia Bandara Internasional Pattimura, Dedy", ["Bandara Internasional Pattimura"]],
    ["di Balai Kota Surabaya pada", ["Balai Kota Surabaya"]],
    ["acara di Jakarta Convention Center.", ["Jakarta Convention Center"]],
    ["di Stadion Gelora Bung Tomo (GBT)", ["Stadion Gelora Bung Tomo"]],
    ["di Meuligoe Gubernur Aceh, Banda Aceh", ["Meuligoe Gubernur Aceh", "Kota Banda Aceh"]],
    ["meninjau Pasar Pagi Arengka pekan lalu", ["Pasar Pagi Arengka"]],
    ["diarak dari GOR Kadrie Oening, Sempaja", ["GOR Kadrie Oening"]],
    ["investor Sekolah Pasar Modal di Medan", ["Kota Medan"]],
    ["mendarat di Bandara Aji Pangeran Tumenggung (APT) Pranoto, Samarinda", ["Bandara Aji Pangeran Tumenggung Pranoto", "Kota Samarinda"]],
    ["tersebar dari Pusat Perbelanjaan Mentaya (PPM) Sampit hingga", ["Pusat Perbelanjaan Mentaya"]],
    // Titles and initials inside a name (fixtures/blind-3, -6, -7, -11, -12): a venue named after a person.
    ["di Jalan L.L.R.E. Martadinata, Kota Bandung", ["Jalan L.L.R.E. Martadinata", "Kota Bandung"]],
    ["dirawat di RSUD Drs. H. Amri Tambunan, lalu dirujuk ke RSUP H. Adam Malik di Medan", ["RSUD Drs. H. Amri Tambunan", "RSUP H. Adam Malik", "Kota Medan"]],
    ["dibawa ke RSUD dr. T.C. Hillers Maumere.", ["RSUD dr. T.C. Hillers Maumere"]],
    ["di RSUD dr. kemarin", []],
    ["di gedung itu", []],
    ["di Alun-alun.", []],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("places: countries and foreign cities", () => {
  test.each([
    ["ke Hong Kong, Jepang dan Arab Saudi", ["Hong Kong", "Jepang", "Arab Saudi"]],
    ["jemaah tiba di Makkah lalu Madinah", ["Makkah", "Madinah"]],
    ["ke Mekkah", ["Makkah"]],
    ["di Singapura dan Kuala Lumpur", ["Singapura", "Kuala Lumpur"]],
    ["investor dari Tiongkok dan China", ["Tiongkok", "Tiongkok"]],
    ["warga Palestina", []],
    // a language is no place (fixtures/blind-12)
    ["guru Bahasa Inggris dan les bahasa Jepang", []],
    // a state acting is not a place; a locative before it always makes it one
    ["Rusia melarang impor unggas", []],
    ["Israel telah meratakan gedung itu", []],
    ["serangan yang didukung Amerika Serikat", []],
    ["pelatihan di Jepang menjadi contoh", ["Jepang"]],
    ["menuju Indonesia Emas 2045", []],
    ["di seluruh Indonesia", ["Indonesia"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("places: never a place", () => {
  it("skips the publisher and excluded spans", () => {
    const text = "TRIBUNJATENG.COM, SEMARANG - Ganjar Pranowo hadir.";
    const found = extractPlaces(makeContext(text, { excluded: [{ start: 0, end: 18 }] }));
    expect(found.map((m) => [m.text, m.name])).toEqual([["SEMARANG", "Kota Semarang"]]);
    expect(names("detikJatim - Acara")).toEqual([]);
    expect(extractPlaces(makeContext("Jatim -", { excluded: [{ start: 0, end: 5 }] }))).toEqual([]);
  });

  test.each([
    ["Persebaya Surabaya menang atas PSIS Semarang.", []],
    ["Bali United dan Persija Jakarta", []],
    ["Polres Kediri Kota", []],
    ["Gubernur Ganjar Pranowo", []],
    ["Batu itu besar. Pati ayam.", []],
    ["Ia tinggal di Batu.", ["Kota Batu"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("places: seed articles", () => {
  test.each(["kompas-bangkom-jateng-2023", "radarcianjur-bkn-award-jatim-2023"])("%s gives exactly the gold places", (key) => {
    const clean = cleanArticle(readFileSync(`${FIXTURES_DIR}${key}.txt`, "utf8"));
    const context = { ...makeContext(clean.text), excluded: offLimits(clean.dateline) };
    const gold = JSON.parse(readFileSync(`${FIXTURES_DIR}${key}.gold.json`, "utf8")) as { places: Array<{ name: string }> };
    const found = placesExtractor.extract(context);
    expect(new Set(found.map((m) => m.name))).toEqual(new Set(gold.places.map((p) => p.name)));
    for (const m of found) expect(clean.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("places: canonicalPlace", () => {
  test.each([
    ["Jateng", "provinsi", "Jawa Tengah"],
    ["Semarang", "kota", "Kota Semarang"],
    ["Demak", "kabupaten", "Kabupaten Demak"],
    ["Kota Semarang", "kota", "Kota Semarang"],
    ["Ngasem", "kecamatan", "Kecamatan Ngasem"],
  ] as const)("(%s, %s) -> %s", (text, level, name) => {
    expect(canonicalPlace(text, level)?.name).toBe(name);
  });

  it("reads a bare name without a level, and refuses a wrong level", () => {
    expect(canonicalPlace("Surabaya")).toEqual({ name: "Kota Surabaya", kind: "kota", code: "35.78", province: "Jawa Timur" });
    expect(canonicalPlace("Demak", "kota")).toBeNull();
    expect(canonicalPlace("Ganjar")).toBeNull();
  });
});

describe("places: cost", () => {
  it("builds the gazetteer once: every call uses the same index", async () => {
    const again = await import("../../src/extract/places/gazetteer.ts");
    expect(again.gazetteer).toBe(gazetteer);
    expect(again.gazetteer.names).toBe(gazetteer.names);
  });

  it("reads a long adversarial input in well under 2 s", () => {
    const chunk = "Kota Kota Kabupaten Desa Desa Kecamatan Gedung Gedung Jawa Jawa Tengah se-se- Pemkot Wali Kota Malang Raya ";
    const text = chunk.repeat(4000) + "A".repeat(100_000) + " Gedung " + "Besar ".repeat(20_000);
    const started = performance.now();
    const found = extractPlaces(makeContext(text));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found.length).toBeGreaterThan(0);
  });
});
