import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { afterPublicationTimeRules, boilerplateRules, firstMatch, cleanArticle, datelineRules, looksLikeHeadline, offLimits, readDateline } from "../src/clean/index.ts";
import type { Dateline } from "../src/types.ts";
import { fill, timed } from "./helpers/adversarial.ts";

const RULES_DIR = fileURLToPath(new URL("../rules/", import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/articles/", import.meta.url));
const SEED_DIR = fileURLToPath(new URL("../../shared/seed-fixtures/", import.meta.url));

interface RuleWithExamples {
  id: string;
  pattern: string;
  examples: string[];
}

const boilerplateJson = JSON.parse(readFileSync(RULES_DIR + "boilerplate.json", "utf8")) as Record<string, unknown>;
const datelinesJson = JSON.parse(readFileSync(RULES_DIR + "datelines.json", "utf8")) as { patterns: RuleWithExamples[]; afterPublicationTime: RuleWithExamples[] };

const BEFORE = "Pemerintah Kota Semarang meraih penghargaan Bangkom Jateng Award 2023.";
const AFTER = "Wali Kota Semarang Hevearita Gunaryanti Rahayu mengaku bersyukur atas penghargaan itu.";

/** The body with one line between two ordinary paragraphs. */
const around = (...lines: string[]): string => [BEFORE, ...lines, AFTER].join("\n");

// ---------------------------------------------------------------------------
// The rules' own examples
// ---------------------------------------------------------------------------

describe("rules/boilerplate.json examples", () => {
  const groups = ["dropLine", "boxHeader", "truncateAt", "trailing"] as const;
  const cases = groups.flatMap((group) =>
    (boilerplateJson[group] as RuleWithExamples[]).flatMap((rule) => rule.examples.map((example) => ({ group, id: rule.id, example }))),
  );

  test("every group has rules with examples", () => {
    for (const group of groups) expect((boilerplateJson[group] as RuleWithExamples[]).length, group).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThan(20);
  });

  test.each(cases)("$id matches its example $example", ({ group, id, example }) => {
    const rule = boilerplateRules[group].find((r) => r.id === id);
    expect(rule, id).toBeDefined();
    if (group === "trailing") expect(rule!.regex.test(example)).toBe(true);
    else expect(firstMatch([rule!], example)?.id).toBe(id);
  });

  test.each(cases.filter((c) => c.group !== "trailing"))("cleanArticle removes the example of $id: $example", ({ id, example }) => {
    const cleaned = cleanArticle(`${BEFORE}\n${example}`);
    expect(cleaned.text).toBe(BEFORE);
    expect(cleaned.removedBy).toContain(id);
  });

  test.each(cases.filter((c) => c.group === "trailing"))("cleanArticle trims the example of $id: $example", ({ id, example }) => {
    const cleaned = cleanArticle(example);
    expect(cleaned.removedBy).toContain(id);
    expect(example.startsWith(cleaned.text)).toBe(true);
    expect(cleaned.text.length).toBeLessThan(example.length);
  });
});

describe("rules/datelines.json afterPublicationTime examples", () => {
  test.each(datelinesJson.afterPublicationTime.flatMap((rule) => rule.examples.map((example) => ({ id: rule.id, example }))))("$id reads the city of $example", ({ id, example }) => {
    const dateline = readDateline(example, afterPublicationTimeRules);
    expect(dateline?.ruleId).toBe(id);
    expect(example.slice(dateline!.end)).toMatch(/^\p{Lu}/u);
    expect(dateline?.city?.text).toBe(example.split(" - ")[0]);
    // Not a dateline anywhere else: the first line of an article is often a headline of this form.
    expect(readDateline(example)).toBeNull();
  });
});

describe("rules/datelines.json examples", () => {
  const cases = datelinesJson.patterns.flatMap((rule) => rule.examples.map((example) => ({ id: rule.id, pattern: rule.pattern, example })));

  /** What each example must read as; a new example without an entry still gets the generic checks. */
  const expected: Record<string, { publisher: string; city: string | null }> = {
    "SURYA.co.id, SURABAYA - Gubernur": { publisher: "SURYA.co.id", city: "SURABAYA" },
    "Liputan6.com, Bandung - Pemerintah": { publisher: "Liputan6.com", city: "Bandung" },
    "TRIBUNJATENG.COM, SEMARANG - Wali": { publisher: "TRIBUNJATENG.COM", city: "SEMARANG" },
    "KOMPAS.com - Kota Semarang": { publisher: "KOMPAS.com", city: null },
    "RADARCIANJUR.com - Berbagai prestasi": { publisher: "RADARCIANJUR.com", city: null },
    "Jakarta (ANTARA) - Menteri": { publisher: "ANTARA", city: "Jakarta" },
    "Surabaya (ANTARA) - Pemerintah": { publisher: "ANTARA", city: "Surabaya" },
    "Jakarta, CNN Indonesia -- Pemerintah": { publisher: "CNN Indonesia", city: "Jakarta" },
    "detikJatim - Sebanyak": { publisher: "detikJatim", city: null },
    "DETIKJATIM - Pemerintah": { publisher: "DETIKJATIM", city: null },
    "TRIBUN-TIMUR.COM, MAKASSAR - Tujuh": { publisher: "TRIBUN-TIMUR.COM", city: "MAKASSAR" },
    "Medan, IDN Times - Pemerintah": { publisher: "IDN Times", city: "Medan" },
    "SURABAYA, KOMPAS.com - Persebaya": { publisher: "KOMPAS.com", city: "SURABAYA" },
  };

  test.each(cases)("$id matches its example $example with sensible groups", ({ id, example }) => {
    const rule = datelineRules.find((r) => r.id === id);
    expect(rule, id).toBeDefined();
    const m = rule!.regex.exec(example);
    expect(m).not.toBeNull();
    expect(m!.index).toBe(0);
    const publisher = m!.groups?.publisher;
    const city = m!.groups?.city ?? null;
    // The publisher, when the rule reads one, is a name, never the dash or the story.
    if (rule!.regex.source.includes("(?<publisher>")) {
      expect(publisher).toBeTruthy();
      expect(publisher).not.toMatch(/^[\s,\-–—]|[\s,\-–—]$/);
      expect(example.includes(publisher!)).toBe(true);
    } else {
      expect(publisher).toBeUndefined();
    }
    // A city, when there is one, is one to four words of letters.
    if (city !== null) expect(city).toMatch(/^\p{L}[\p{L}.'’]*(?: \p{L}[\p{L}.'’]*){0,3}$/u);
    // The match stops right before the first word of the story.
    const rest = example.slice(m![0].length);
    expect(rest).toMatch(/^\p{L}/u);
    const want = expected[example];
    if (want) expect({ publisher, city }).toEqual(want);
    // And the whole reader picks this very rule (no earlier rule shadows it).
    expect(readDateline(example)?.ruleId).toBe(id);
  });
});

// ---------------------------------------------------------------------------
// Boilerplate
// ---------------------------------------------------------------------------

describe("cleanArticle drops boilerplate lines", () => {
  test.each([
    { line: "Baca juga: Antisipasi Banjir, Pemkot Semarang Gencar Lakukan Pengerukan Sedimen Sungai", id: "boilerplate.baca-juga" },
    { line: "BACA JUGA: Wali Kota Terima Penghargaan", id: "boilerplate.baca-juga" },
    { line: "Baca Juga : Gubernur Khofifah Optimis Neraca Perdagangan", id: "boilerplate.baca-juga" },
    { line: "Simak juga: Kota Malang Raih KLA", id: "boilerplate.baca-juga" },
    { line: "Baca pula: Pemkab Tegal Juara", id: "boilerplate.baca-juga" },
    { line: "ADVERTISEMENT", id: "boilerplate.advertisement" },
    { line: "Advertisement", id: "boilerplate.advertisement" },
    { line: "--- Advertisement ---", id: "boilerplate.advertisement" },
    { line: "SCROLL TO CONTINUE WITH CONTENT", id: "boilerplate.scroll" },
    { line: "Scroll untuk melanjutkan membaca", id: "boilerplate.scroll" },
    { line: "Editor: Andi Wijaya", id: "boilerplate.credit" },
    { line: "Penulis : Rina Susanti", id: "boilerplate.credit" },
    { line: "Reporter: Budi | Editor: Dewi", id: "boilerplate.credit" },
    { line: "Pewarta: Budi Santoso", id: "boilerplate.credit" },
    { line: "Editor Bahasa: Sri", id: "boilerplate.credit" },
    { line: "(ant/abc)", id: "boilerplate.credit-initials" },
    { line: "(hms/red)", id: "boilerplate.credit-initials" },
    { line: "abq/iwd", id: "boilerplate.credit-initials" },
    {
      line: "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram \"Kompas.com News Update\"",
      id: "boilerplate.channel-invite",
    },
    { line: "Ikuti berita terkini dari SURYA.co.id di Google News", id: "boilerplate.channel-invite" },
    { line: "Gabung WhatsApp Channel Tribunnews untuk mendapatkan berita terkini", id: "boilerplate.channel-invite" },
    { line: "Klik di sini untuk bergabung ke saluran WhatsApp kami", id: "boilerplate.channel-invite" },
    { line: "Simak berita lainnya di Google News", id: "boilerplate.simak" },
    { line: "Artikel ini telah tayang di Kompas.com dengan judul \"Kota Semarang Terbaik\", Klik untuk baca: https://x", id: "boilerplate.syndication" },
    { line: "Artikel ini sudah terbit di TribunJateng.com", id: "boilerplate.syndication" },
    { line: "Copyright © 2024 Kompas.com", id: "boilerplate.copyright" },
    { line: "©2024 Kompas.com", id: "boilerplate.copyright" },
    { line: "Hak Cipta © 2024 SURYA.co.id", id: "boilerplate.copyright" },
    { line: "Bagikan:", id: "boilerplate.share" },
  ])("$line ($id)", ({ line, id }) => {
    const cleaned = cleanArticle(around(line));
    expect(cleaned.text).toBe([BEFORE, AFTER].join("\n"));
    expect(cleaned.removedBy).toEqual([id]);
  });

  test("a 'Baca juga:' line is dropped whatever its spacing (NBSP, tabs, CRLF)", () => {
    const body = `${BEFORE}\r\n\u00a0Baca\u00a0juga:\tJudul Lain\u00a0\r\n${AFTER}\r\n`;
    expect(cleanArticle(body).text).toBe(`${BEFORE}\n${AFTER}`);
  });

  test("a 'Baca Juga' box header and the headline-like lines under it are dropped, the prose after it stays", () => {
    const body = [
      BEFORE,
      "Baca Juga",
      "Gubernur Khofifah Optimis Neraca Perdagangan dan Investasi Hongkong di Jatim Melejit",
      "Pecah Rekor, Misi Dagang Jatim di Hong Kong Sukses Catatkan Komitmen Transaksi Rp. 1,101 Triliun",
      "Atas raihan prestasi membanggakan ini, Gubernur Jawa Timur Khofifah Indar Parawansa menyampaikan rasa syukur.",
      AFTER,
    ].join("\n");
    const cleaned = cleanArticle(body);
    expect(cleaned.text.split("\n")).toEqual([
      BEFORE,
      "Atas raihan prestasi membanggakan ini, Gubernur Jawa Timur Khofifah Indar Parawansa menyampaikan rasa syukur.",
      AFTER,
    ]);
    expect(cleaned.removedBy).toEqual(["boilerplate.box-baca-juga"]);
  });

  test.each(["BACA JUGA:", "Baca juga berita lainnya:", "Simak juga video pilihan berikut ini:", "[Gambas:Video 20detik]"])(
    "box header %s drops the headline under it but not the next paragraph",
    (header) => {
      const body = [BEFORE, header, "Kota Malang Raih Penghargaan Kota Layak Anak Nindya", AFTER].join("\n");
      expect(cleanArticle(body).text).toBe(`${BEFORE}\n${AFTER}`);
    },
  );

  test("a box ends at the first line that is not a headline; later headline-like lines stay", () => {
    const subheading = "Lima Klaster Penilaian Kota Layak Anak";
    const body = [BEFORE, "Baca Juga", "Kota Malang Raih Penghargaan Kota Layak Anak", AFTER, subheading, "Penilaian berlangsung tiga bulan."].join("\n");
    expect(cleanArticle(body).text.split("\n")).toEqual([BEFORE, AFTER, subheading, "Penilaian berlangsung tiga bulan."]);
  });

  test.each([
    ["Artikel Terkait"],
    ["Berita Terkait:"],
    ["BERITA TERKAIT"],
    ["Berita Lainnya"],
    ["Baca Selanjutnya"],
    ["Tags: banjir, demak"],
  ])("%s truncates the article there", (marker) => {
    const body = [BEFORE, AFTER, marker, "Kapolri Sigit Buka Suara Soal Penangkapan Kapolda Jatim", "Pemerintah Kota Bandung meraih 5 penghargaan tahun lalu."].join("\n");
    const cleaned = cleanArticle(body);
    expect(cleaned.text).toBe(`${BEFORE}\n${AFTER}`);
    expect(cleaned.removedBy).toHaveLength(1);
  });

  test.each([
    { line: "Pemkab Tegal menyalurkan bantuan di wilayahnya. (ant/abc)", kept: "Pemkab Tegal menyalurkan bantuan di wilayahnya.", id: "boilerplate.trailing-initials" },
    { line: "Pemkab Tegal menyalurkan bantuan.(hms/red)", kept: "Pemkab Tegal menyalurkan bantuan.", id: "boilerplate.trailing-initials" },
    { line: "Acara ditutup dengan doa bersama. (abq/iwd/red)", kept: "Acara ditutup dengan doa bersama.", id: "boilerplate.trailing-initials" },
    { line: "Bupati bersyukur. ADVERTISEMENT", kept: "Bupati bersyukur.", id: "boilerplate.trailing-advertisement" },
  ])("trailing credit is cut from $line", ({ line, kept, id }) => {
    const cleaned = cleanArticle(around(line));
    expect(cleaned.text).toBe([BEFORE, kept, AFTER].join("\n"));
    expect(cleaned.removedBy).toEqual([id]);
  });

  test("a line that is only a trailing credit disappears", () => {
    expect(cleanArticle(around(" (ant/abc) ")).text).toBe(`${BEFORE}\n${AFTER}`);
  });

  // Fixed bug: boilerplate.copyright is "^(?:©|\\(c\\)|copyright|hak cipta)\\b"; the \b after
  // "©" or "(c)" needs a word character next, so the usual "© ANTARA 2024" and
  // "(c) 2024 Kompas.com" (symbol, then a space) are kept as article text.
  // Fix: "^(?:©|\\(c\\)|(?:copyright|hak cipta)\\b)".
  test.each(["© ANTARA 2024", "(c) 2024 Kompas.com"])("copyright line %s is dropped", (line) => {
    expect(cleanArticle(around(line)).text).toBe(`${BEFORE}\n${AFTER}`);
  });

  // Fixed bug (low): the line rules are anchored at the very start, so a "Baca juga"
  // line with a bullet in front ("» ", "- ", "• ", common when a box is copied
  // as text) survives. Fix: allow an optional bullet in the patterns, e.g.
  // "^(?:[-–—•»>*]\\s*)?(?:baca|simak) (?:juga|pula)\\b".
  test.each(["» Baca juga: Banjir Demak Meluas", "- Baca juga: Banjir Demak Meluas", "• BACA JUGA: Banjir Demak Meluas"])(
    "a bulleted %s line is dropped",
    (line) => {
      expect(cleanArticle(around(line)).text).toBe(`${BEFORE}\n${AFTER}`);
    },
  );
});

describe("cleanArticle keeps the article", () => {
  test.each([
    // words a credit or a box starts with, used as ordinary words
    "Editor senior harian itu, Budi Santoso, menerima penghargaan jurnalistik dari Pemprov Jateng.",
    "Penulis buku sejarah Kota Semarang itu hadir dalam acara tersebut.",
    "Reporter televisi lokal turut meliput penyerahan penghargaan di Gedung Grahadi.",
    "Foto-foto banjir di Demak beredar luas di media sosial sejak Senin (5/2/2024).",
    "Sumber dana kegiatan itu berasal dari APBD Kota Semarang tahun 2023.",
    "Video amatir warga memperlihatkan tanggul Sungai Wulan jebol.",
    "Iklan rokok dilarang dipasang di sekitar sekolah, kata Wali Kota.",
    "Berita terkait banjir itu sudah diunggah kemarin oleh Humas Pemkab.",
    "Artikel ini ditulis berdasarkan keterangan Dinas Kominfo, kata dia.",
    "Tag nama peserta dibagikan panitia sejak pagi.",
    "Topik rapat itu adalah kesiapan menghadapi banjir.",
    "Bagikan sembako, Bupati Demak turun langsung ke lokasi banjir.",
    "Simak baik-baik penjelasan petugas, pesan Kepala BPBD.",
    "Scroll media sosial menjadi kebiasaan baru warga, kata peneliti.",
    // quoted speech
    "“Editor: jangan lupa sertakan sumbernya,” kata Budi menirukan pesan atasannya.",
    "\"Baca juga aturan mainnya sebelum mendaftar,\" ujar Ketua Panitia.",
    "“Alhamdulillah kota Semarang menjadi yang terbaik untuk satu kategori pemerintah daerah,” ujar walkot yang akrab disapa Mbak Ita itu.",
    // numbers, parentheses and slashes that are not credits
    "Dana sebesar Rp 2,5 miliar dibagikan kepada 38 kabupaten/kota (Pemkab/Pemkot) di Jawa Timur.",
    "Kabupaten/kota",
    // headline-like lines outside a box are kept (subheadings)
    "Lima Klaster Penilaian Kota Layak Anak",
  ])("%s", (line) => {
    const cleaned = cleanArticle(around(line));
    expect(cleaned.text).toBe([BEFORE, line, AFTER].join("\n"));
    expect(cleaned.removedBy).toEqual([]);
  });

  test("spaces are normalised and empty lines dropped, nothing else changes", () => {
    const cleaned = cleanArticle("  Kota\u00a0Semarang \t meraih  penghargaan.  \n\n\r\n   \nDia   senang.\n");
    expect(cleaned.text).toBe("Kota Semarang meraih penghargaan.\nDia senang.");
  });

  test("an empty body cleans to an empty text", () => {
    expect(cleanArticle("")).toEqual({ text: "", dateline: null, removedBy: [], publicationLine: null });
  });

  // Fixed bug: boilerplate.channel-invite fires on any line that starts with an
  // imperative such as "Klik", "Kunjungi", "Ikuti" or "Unduh" and mentions
  // "aplikasi", "saluran" or "channel" within 160 characters, which is ordinary
  // prose in how-to news ("cara daftar ...") and in reports ("saluran air").
  // Whole article paragraphs are deleted. Fix: require promotional context, e.g.
  // the invite words plus a named channel (telegram|whatsapp|google news|...)
  // and drop the generic "aplikasi|saluran|channel" alternatives, or require
  // "berita|update|info" before the channel word.
  test.each([
    "Klik menu Daftar di aplikasi PeduliLindungi, lalu isi NIK dan nomor telepon.",
    "Kunjungi lokasi banjir, Bupati Demak meminta saluran air segera dinormalisasi.",
    "Unduh formulir pendaftaran melalui aplikasi SIAP PPDB, kemudian cetak bukti daftarnya.",
  ])("a how-to or report paragraph is kept: %s", (line) => {
    expect(cleanArticle(around(line)).text).toBe([BEFORE, line, AFTER].join("\n"));
  });
});

describe("looksLikeHeadline", () => {
  test.each([
    ["Kota Malang Raih Penghargaan Kota Layak Anak Nindya", true],
    ["Pecah Rekor, Misi Dagang Jatim di Hong Kong Sukses", true],
    ["64 Ribu Tiket Kereta Api Tujuan Jateng-Jatim Sudah Ludes", true],
    ["Kota Malang meraih penghargaan.", false],
    ["kota malang meraih penghargaan kota layak anak", false],
    ["Dua Kata", false],
    ["Judul Dengan Titik Dua:", false],
    ["“Kami Bangga Sekali”", false],
  ] as const)("%s -> %s", (line, want) => {
    expect(looksLikeHeadline(line)).toBe(want);
  });
});

// ---------------------------------------------------------------------------
// Datelines
// ---------------------------------------------------------------------------

describe("datelines", () => {
  test.each([
    { text: "KOMPAS.com - Kota Semarang dinobatkan sebagai Kota Terbaik.", ruleId: "dateline.site", publisher: "KOMPAS.com", city: null },
    { text: "KOMPAS.com – Kota Semarang dinobatkan sebagai Kota Terbaik.", ruleId: "dateline.site", publisher: "KOMPAS.com", city: null },
    { text: "SURYA.co.id, SURABAYA - Gubernur Jawa Timur Khofifah Indar Parawansa.", ruleId: "dateline.site-city", publisher: "SURYA.co.id", city: "SURABAYA" },
    { text: "REPUBLIKA.CO.ID, PADANG - Gubernur Sumatera Barat.", ruleId: "dateline.site-city", publisher: "REPUBLIKA.CO.ID", city: "PADANG" },
    { text: "Liputan6.com, Bandar Lampung - Pemerintah Provinsi Lampung.", ruleId: "dateline.site-city", publisher: "Liputan6.com", city: "Bandar Lampung" },
    { text: "Jakarta (ANTARA) - Menteri Koordinator Bidang PMK.", ruleId: "dateline.city-agency", publisher: "ANTARA", city: "Jakarta" },
    { text: "Bandar Lampung (ANTARA) - Pemerintah Provinsi Lampung.", ruleId: "dateline.city-agency", publisher: "ANTARA", city: "Bandar Lampung" },
    { text: "Jakarta, CNN Indonesia -- Pemerintah pusat.", ruleId: "dateline.city-publisher", publisher: "CNN Indonesia", city: "Jakarta" },
    { text: "Surabaya, CNN Indonesia -- Dewan Perwakilan Rakyat Daerah.", ruleId: "dateline.city-publisher", publisher: "CNN Indonesia", city: "Surabaya" },
    { text: "detikJatim - Sebanyak 445 jemaah calon haji.", ruleId: "dateline.detik", publisher: "detikJatim", city: null },
  ])("$text", ({ text, ruleId, publisher, city }) => {
    const cleaned = cleanArticle(text);
    expect(cleaned.text).toBe(text);
    const d = cleaned.dateline;
    expect(d).not.toBeNull();
    expect(d!.ruleId).toBe(ruleId);
    expect(d!.publisher).toBe(publisher);
    expect(d!.start).toBe(0);
    // The dateline ends right before the story's first word.
    expect(cleaned.text.slice(d!.end)).toMatch(/^\p{L}/u);
    expect(cleaned.text.slice(0, d!.end)).toMatch(/[-–—] $/);
    if (city === null) {
      expect(d!.city).toBeNull();
    } else {
      expect(d!.city?.text).toBe(city);
      expect(cleaned.text.slice(d!.city!.start, d!.city!.end)).toBe(city);
      expect(d!.city!.start).toBeGreaterThanOrEqual(d!.start);
      expect(d!.city!.end).toBeLessThanOrEqual(d!.end);
    }
  });

  test("the dateline is read from the cleaned text, after leading boilerplate is gone", () => {
    const body = "ADVERTISEMENT\n\u00a0 SURYA.co.id,\u00a0KEDIRI  -  Dua daerah bertetangga meraih Adipura.";
    const cleaned = cleanArticle(body);
    expect(cleaned.text).toBe("SURYA.co.id, KEDIRI - Dua daerah bertetangga meraih Adipura.");
    expect(cleaned.dateline).toMatchObject({ start: 0, end: 22, publisher: "SURYA.co.id", ruleId: "dateline.site-city" });
    const city = cleaned.dateline!.city!;
    expect(cleaned.text.slice(city.start, city.end)).toBe("KEDIRI");
  });

  test.each([
    "Pemerintah Kota Semarang - yang dipimpin Wali Kota Hevearita - meraih penghargaan.",
    "Kota Semarang (Jateng) - Pemerintah kota meraih penghargaan.",
    "Wali Kota, Budi Santoso - kata warga - sangat dekat dengan rakyat.",
    "Senin (14/8/2023) - Warga memadati Balai Kota.",
    "Detik-detik banjir melanda Demak terekam kamera warga.",
    "2,5 juta warga - sebagian besar petani - terdampak kekeringan.",
    "Menurut KOMPAS.com - yang mengutip rilis resmi - acara itu batal.",
    "Kota Semarang dinobatkan sebagai Kota Terbaik. KOMPAS.com - ",
    "Gubernur Jateng (Antara Lain) - hadir.",
    "",
  ])("no dateline in %j", (text) => {
    expect(readDateline(text)).toBeNull();
    expect(cleanArticle(text).dateline).toBeNull();
  });

  // Fixed bug: the city-first form with a site as publisher ("SURABAYA, KOMPAS.com -",
  // Kompas's regional desks) matches no rule: dateline.city-network only knows a
  // fixed list of networks. The fixture corpus has it twice (jsonl-dump-2024.jsonl
  // "kompas-2024-0001" and kompas-ppd-jatim-2024.html), and the gold says the
  // dateline city SURABAYA is Kota Surabaya while KOMPAS.com is the publisher.
  // Fix: add a rule "dateline.city-site":
  // ^(?<city>[A-Z][A-Za-z.'’]{1,25}(?:[ \t][A-Z][A-Za-z.'’]{1,25}){0,3})[ \t]*,[ \t]*
  //  (?<publisher>[A-Za-z][A-Za-z0-9]{1,30}(?:\.[A-Za-z]{2,6}){1,3})[ \t]*[-–—]{1,2}[ \t]*
  test.each([
    { text: "SURABAYA, KOMPAS.com - Persebaya Surabaya membuka musim.", publisher: "KOMPAS.com", city: "SURABAYA" },
    { text: "Semarang, Kompas.com - Pemerintah Kota Semarang meraih penghargaan.", publisher: "Kompas.com", city: "Semarang" },
  ])("city-first site dateline: $text", ({ text, publisher, city }) => {
    const d = cleanArticle(text).dateline;
    expect(d?.publisher).toBe(publisher);
    expect(d?.city?.text).toBe(city);
  });
});

describe("a dateline below the page's furniture", () => {
  const page = (lines: string[]) => lines.join("\n");

  test("headline, timestamp, byline and caption above the dateline are dropped; the timestamp is kept aside", () => {
    const cleaned = cleanArticle(
      page([
        "Desa Liang Ndara Juara ADWI 2026, Ini Daftar Pemenangnya",
        "Jumat, 21 Agustus 2026 23:05 WIB",
        "Penulis: Fransiska",
        "PENGHARGAAN DESA WISATA - Penari caci tampil sebelum penyerahan trofi, Kamis (20/8/2026).",
        "TRIBUNNEWS.COM, JAKARTA - Desa Liang Ndara keluar sebagai juara I.",
        "Trofi diserahkan Menteri Pariwisata.",
      ]),
    );
    expect(cleaned.text).toBe("TRIBUNNEWS.COM, JAKARTA - Desa Liang Ndara keluar sebagai juara I.\nTrofi diserahkan Menteri Pariwisata.");
    expect(cleaned.dateline).toMatchObject({ start: 0, publisher: "TRIBUNNEWS.COM", ruleId: "dateline.site-city" });
    expect(cleaned.dateline?.city?.text).toBe("JAKARTA");
    expect(cleaned.removedBy).toContain("boilerplate.before-dateline");
    expect(cleaned.publicationLine).toBe("Jumat, 21 Agustus 2026 23:05 WIB");
  });

  test("a capitalized city alone opens the article when no publisher's dateline follows", () => {
    const cleaned = cleanArticle(page(["Sopir Tabrak Lari Ditangkap", "Dimas, Jurnalis · Senin 13 Oktober 2025 16:42 WIB", "SUKABUMI - Polisi menangkap sopir."]));
    expect(cleaned.text).toBe("SUKABUMI - Polisi menangkap sopir.");
    expect(cleaned.dateline?.city?.text).toBe("SUKABUMI");
    expect(cleaned.publicationLine).toBe("Dimas, Jurnalis · Senin 13 Oktober 2025 16:42 WIB");
  });

  test("a title-case city is a dateline right under the page's publication time, and nowhere else", () => {
    const detik = cleanArticle(page(["Bone Juara Umum OSP Sulsel 2025", "Nurhaliza Amir - detikSulsel", "Sabtu, 14 Jun 2025 22:17 WIB", "Makassar - Kontingen Kabupaten Bone keluar sebagai juara umum."]));
    expect(detik.text).toBe("Makassar - Kontingen Kabupaten Bone keluar sebagai juara umum.");
    expect(detik.dateline).toMatchObject({ publisher: null, ruleId: "dateline.city-after-time" });
    expect(detik.dateline?.city?.text).toBe("Makassar");
    expect(detik.publicationLine).toBe("Sabtu, 14 Jun 2025 22:17 WIB");
    for (const lines of [
      ["Gempa Cianjur - Warga Mengungsi", "Warga bertahan di tenda."],
      ["Judul berita", "Sabtu, 14 Jun 2025 22:17 WIB", "Foto bersama para juara.", "Makassar - Kontingen Kabupaten Bone menang."],
    ]) {
      const cleaned = cleanArticle(page(lines));
      expect(cleaned.dateline).toBeNull();
      expect(cleaned.text).toBe(lines.join("\n"));
    }
  });

  test("a publisher's name over the publication time is no dateline; a credited caption between the time and the dateline is dropped (fixtures/blind-10)", () => {
    const kompas = cleanArticle(
      page([
        "Longsor Tutup Jalan Banjarnegara-Dieng",
        "Kompas.com - 10/11/2026, 14:05 WIB",
        "Penulis Kontributor Banjarnegara, Iqbal Firmansyah",
        "BANJARNEGARA, KOMPAS.com - Tanah longsor menutup ruas jalan provinsi.",
      ]),
    );
    expect(kompas.text).toBe("BANJARNEGARA, KOMPAS.com - Tanah longsor menutup ruas jalan provinsi.");
    expect(kompas.publicationLine).toBe("Kompas.com - 10/11/2026, 14:05 WIB");
    const detik = cleanArticle(
      page([
        "Sinjai Juara I AKIP Sulsel 2026",
        "Kamis, 10 Des 2026 16:20 WIB",
        "Gubernur Sulsel menyerahkan piagam AKIP 2026 kepada Wali Kota Parepare Andi Nurhaedah Tasrif. Foto: Rizky Ananda Putra/detikSulsel",
        "Makassar - Pemerintah Kabupaten Sinjai keluar sebagai juara I.",
      ]),
    );
    expect(detik.text).toBe("Makassar - Pemerintah Kabupaten Sinjai keluar sebagai juara I.");
    expect(detik.dateline?.city?.text).toBe("Makassar");
  });

  test("a dateline further down than the furniture reaches is article text, and nothing is dropped", () => {
    const lines = ["Judul berita", ...Array.from({ length: 12 }, (_, i) => `Paragraf ${i + 1} berisi kalimat.`), "JAKARTA - Kalimat berikutnya."];
    const cleaned = cleanArticle(page(lines));
    expect(cleaned.text).toBe(lines.join("\n"));
    expect(cleaned.dateline).toBeNull();
    expect(cleaned.publicationLine).toBeNull();
  });

  test("a dateline on the first line keeps everything, and no publication line is read", () => {
    const cleaned = cleanArticle(page(["KOMPAS.com - Kota Semarang meraih penghargaan.", "Rabu, 06 Mei 2026 20:14 WIB", "SEMARANG - Kalimat."]));
    expect(cleaned.text.startsWith("KOMPAS.com - Kota Semarang")).toBe(true);
    expect(cleaned.publicationLine).toBeNull();
  });
});

describe("offLimits", () => {
  const dl = (text: string): Dateline => {
    const d = readDateline(text);
    if (!d) throw new Error(`no dateline in ${text}`);
    return d;
  };

  test("no dateline, nothing off limits", () => {
    expect(offLimits(null)).toEqual([]);
  });

  test("a dateline without a city is off limits as a whole", () => {
    expect(offLimits(dl("KOMPAS.com - Kota Semarang"))).toEqual([{ start: 0, end: 13 }]);
  });

  test("the city of a site-city dateline stays usable, the rest is off limits", () => {
    const text = "SURYA.co.id, SURABAYA - Gubernur";
    const spans = offLimits(dl(text));
    expect(spans).toEqual([
      { start: 0, end: text.indexOf("SURABAYA") },
      { start: text.indexOf("SURABAYA") + "SURABAYA".length, end: text.indexOf("Gubernur") },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["SURYA.co.id, ", " - "]);
  });

  test("a city at offset 0 leaves no empty span", () => {
    const text = "Jakarta (ANTARA) - Menteri";
    const spans = offLimits(dl(text));
    expect(spans).toEqual([{ start: 7, end: text.indexOf("Menteri") }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([" (ANTARA) - "]);
  });
});

// ---------------------------------------------------------------------------
// The seed articles
// ---------------------------------------------------------------------------

function seed(name: string): string {
  const local = FIXTURES_DIR + name;
  return readFileSync(existsSync(local) ? local : SEED_DIR + name, "utf8");
}

describe("seed articles", () => {
  test("kompas-bangkom-jateng-2023: the two 'Baca juga' lines go, every other line stays", () => {
    const raw = seed("kompas-bangkom-jateng-2023.txt");
    const cleaned = cleanArticle(raw);
    expect(cleaned.text).not.toMatch(/baca juga/i);
    expect(cleaned.text).not.toContain("Antisipasi Banjir");
    expect(cleaned.text).not.toContain("Cegah Banjir");
    const expected = raw
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== "" && !/^baca juga/i.test(l));
    expect(cleaned.text.split("\n")).toEqual(expected);
    expect(cleaned.removedBy).toEqual(["boilerplate.baca-juga"]);
    expect(cleaned.dateline).toMatchObject({ start: 0, end: "KOMPAS.com - ".length, publisher: "KOMPAS.com", city: null });
  });

  test("radarcianjur-bkn-award-jatim-2023: no 'Baca Juga' line and nothing from 'Artikel Terkait' on", () => {
    const raw = seed("radarcianjur-bkn-award-jatim-2023.txt");
    const cleaned = cleanArticle(raw);
    expect(cleaned.text).not.toMatch(/baca juga/i);
    expect(cleaned.text).not.toMatch(/artikel terkait/i);
    const related = raw.slice(raw.indexOf("Artikel Terkait"));
    for (const line of related.split("\n").slice(1)) {
      if (line.trim() === "") continue;
      expect(cleaned.text).not.toContain(line.trim());
    }
    for (const tempting of ["Kapolri Sigit", "Iwan Bule", "64 Ribu Tiket", "Rp. 1,101 Triliun"]) expect(cleaned.text).not.toContain(tempting);
    expect(cleaned.text.endsWith("seperti rotasi maupun mutasi pegawai.")).toBe(true);
    expect(cleaned.text).toContain("Atas raihan prestasi membanggakan ini");
    expect(cleaned.dateline).toMatchObject({ publisher: "RADARCIANJUR.com", city: null, ruleId: "dateline.site" });
  });
});

// ---------------------------------------------------------------------------
// Adversarial inputs: every pattern must stay linear in the input
// ---------------------------------------------------------------------------

describe("adversarial inputs finish quickly", () => {
  const LIMIT_MS = 3000;

  test.each([
    { name: "prose", line: fill("Kota Semarang meraih penghargaan. ") },
    { name: "one long word", line: fill("a") },
    { name: "an invitation that never names a channel", line: "Ikuti " + fill("kabar ") },
    { name: "'Baca juga' without end", line: fill("Baca juga ") },
    { name: "spaces that normalizeLine keeps (em spaces)", line: fill("\u2003") + "advertisemenX" },
    { name: "almost-credits", line: fill("(ab/") },
    { name: "almost-trailing advertisement", line: fill("advertisement ") },
    { name: "dashes", line: fill("- ") },
    { name: "dateline-like start", line: "SURYA.co.id, " + fill("SURABAYA ") },
    { name: "capitalised city words", line: fill("Jakarta ") },
    { name: "periods and parentheses", line: fill(". (") },
  ])("a 2 MB single line: $name", ({ line }) => {
    const { value, ms } = timed(() => cleanArticle(line));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(value.text.length).toBeLessThanOrEqual(line.length);
  });

  test("100,000 'Baca juga' lines", () => {
    const body = `${BEFORE}\n` + "Baca juga: Banjir Demak Meluas, Ribuan Warga Mengungsi\n".repeat(100_000) + AFTER;
    const { value, ms } = timed(() => cleanArticle(body));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(value.text).toBe(`${BEFORE}\n${AFTER}`);
  });

  test("100,000 headline lines in one 'Baca Juga' box", () => {
    const body = `${BEFORE}\nBaca Juga\n` + "Banjir Demak Meluas Ribuan Warga Mengungsi\n".repeat(100_000) + AFTER;
    const { value, ms } = timed(() => cleanArticle(body));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(value.text).toBe(`${BEFORE}\n${AFTER}`);
  });

  test("100,000 lone 'Baca juga' headers", () => {
    const { value, ms } = timed(() => cleanArticle("Baca juga\n".repeat(100_000)));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(value.text).toBe("");
  });

  test.each([
    { name: "around a credit", body: "(".repeat(50_000) + "ant/abc" + ")".repeat(50_000) },
    { name: "around prose", body: "(".repeat(50_000) + "Kota Semarang. Dr. H. Budi" + ")".repeat(50_000) + ". Akhir." },
    { name: "split over two lines", body: "(".repeat(50_000) + "\n" + ")".repeat(50_000) },
    { name: "repeated credits", body: "((ant/abc) ".repeat(50_000) },
  ])("50,000 nested parentheses $name", ({ body }) => {
    const { ms } = timed(() => cleanArticle(body));
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  test.each([
    { name: "in a row", body: ".".repeat(200_000) },
    { name: "one per line", body: ".\n".repeat(200_000) },
    { name: "ending sentences", body: "Kata. ".repeat(200_000) },
  ])("200,000 periods $name", ({ body }) => {
    const { ms } = timed(() => cleanArticle(body));
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});
