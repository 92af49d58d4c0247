import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cleanArticle, offLimits } from "../../src/clean/index.ts";
import { readGoldFiles } from "../../src/eval/gold.ts";
import { scoreRecords } from "../../src/eval/score.ts";
import { type Award, extractAwards } from "../../src/extract/awards/index.ts";
import { extractPlaces } from "../../src/extract/places/index.ts";
import { Award as AwardSchema } from "../../src/schema/record.ts";
import { segment } from "../../src/segment/index.ts";
import type { ExtractContext } from "../../src/types.ts";
import { SHARED_DIR } from "../helpers/fixtures.ts";

/** A context built as the pipeline builds it: cleaned text, real sentences. */
function contextOf(body: string): ExtractContext {
  const clean = cleanArticle(body);
  return { text: clean.text, segmentation: segment(clean.text), referenceDate: null, excluded: offLimits(clean.dateline), datelineCity: clean.dateline?.city ?? null };
}

const awardsIn = (body: string) => extractAwards(contextOf(body));
const names = (awards: Award[]) => awards.map((a) => a.name);
const results = (awards: Award[]) => awards.flatMap((a) => a.results.map((r) => [r.recipient, r.category, r.rank]));

describe("award names, one family per row", () => {
  test.each([
    { family: "X Award YYYY", input: "Pemprov Jatim meraih penghargaan dalam ajang BKN Award 2023.", name: "BKN Award 2023" },
    { family: "expansion (ACR) Award", input: "Jatim memborong penghargaan dalam ajang Badan Kepegawaian Negara (BKN) Award 2023.", name: "BKN Award 2023" },
    { family: "Award (ACR) YYYY", input: "Kalsel membawa pulang penghargaan Innovative Government Award (IGA) 2023.", name: "Innovative Government Award 2023" },
    { family: "multi-word X Award", input: "Penghargaan tahunan bertajuk Bangkom Jateng Award 2023 diserahkan.", name: "Bangkom Jateng Award 2023" },
    { family: "X Award without year", input: "Tiga daerah masuk tiga besar TPID Award.", name: "TPID Award" },
    {
      family: "named prize with grades (Proper)",
      input: "KLH mengumumkan hasil Program Penilaian Peringkat Kinerja Perusahaan dalam Pengelolaan Lingkungan Hidup (Proper) periode 2025–2026.",
      name: "Program Penilaian Peringkat Kinerja Perusahaan dalam Pengelolaan Lingkungan Hidup",
    },
    { family: "Anugerah X", input: "Kota Malang meraih Anugerah Parahita Ekapraya (APE) kategori Utama.", name: "Anugerah Parahita Ekapraya" },
    { family: "Anugerah X (ACR) Y YYYY", input: "KI mengumumkan hasil Anugerah Keterbukaan Informasi Publik (KIP) Jawa Barat 2023 di Bandung.", name: "Anugerah Keterbukaan Informasi Publik Jawa Barat 2023" },
    { family: "Penghargaan X (ACR) YYYY", input: "Jatim meraih peringkat kedua Penghargaan Pembangunan Daerah (PPD) 2024 kategori provinsi.", name: "Penghargaan Pembangunan Daerah 2024" },
    { family: "named prize", input: "Kota Kediri meraih Adipura kategori kota sedang.", name: "Adipura" },
    { family: "named prize, longer form first", input: "Kota Blitar meraih Adipura Kencana tahun ini.", name: "Adipura Kencana" },
    { family: "named prize with acronym and year", input: "Kota Malang meraih penghargaan Kota Layak Anak (KLA) 2023 kategori Nindya.", name: "Kota Layak Anak 2023" },
    { family: "named prize by a member form", input: "Kota Makassar meraih Swasti Saba Wistara.", name: "Swasti Saba Wistara" },
    { family: "Lomba X dan Y (a contest)", input: "Desa Ponggok menjadi juara I Lomba Desa dan Kelurahan Tingkat Nasional.", name: "Lomba Desa dan Kelurahan" },
    { family: "Championship X dan Y (ACR) YYYY", input: "Kabupaten Kapuas ikut Championship Tim Percepatan dan Perluasan Digitalisasi Daerah (TP2DD) 2024.", name: "Championship Tim Percepatan dan Perluasan Digitalisasi Daerah 2024" },
    { family: "Apresiasi X dan Y", input: "Lima guru asal NTB meraih penghargaan pada ajang Apresiasi Guru dan Tenaga Kependidikan Tingkat Nasional 2025.", name: "Apresiasi Guru dan Tenaga Kependidikan" },
    { family: "X Awards YYYY (plural keyword)", input: "Bank Nagari meraih peringkat pertama dalam ajang Top BUMD Awards 2025 di Jakarta.", name: "Top BUMD Awards 2025" },
    { family: "X Awards YYYY after its jury", input: "Ketua Dewan Juri Top BUMD Awards 2025, Prof. Dr. Irwan Saputra, menyebut penilaian ketat.", name: "Top BUMD Awards 2025" },
    { family: "X Teladan", input: "Sembilan nakes dinobatkan sebagai pemenang Pemilihan Tenaga Kesehatan Teladan Tingkat Provinsi Sultra 2024.", name: "Pemilihan Tenaga Kesehatan Teladan" },
    { family: "named prize written out, with acronym", input: "Desa Lubuk Beringin menerima trofi Program Kampung Iklim (ProKlim).", name: "Program Kampung Iklim" },
    { family: "Kompetisi X (ACR) Y YYYY", input: "Kota Cilegon meraih juara II pada Kompetisi Inovasi Daerah (KID) Provinsi Banten 2024.", name: "Kompetisi Inovasi Daerah Provinsi Banten 2024" },
    { family: "Pemilihan before a contest word", input: "Disporapar mengumumkan hasil Pemilihan Duta Wisata Kabupaten Kudus 2024 di Kudus.", name: "Pemilihan Duta Wisata Kabupaten Kudus 2024" },
    { family: "a contest after 'juara umum', the phrase left out", input: "Kontingen Kota Solo keluar sebagai juara umum Festival Kesenian Pelajar (FKP) Jawa Tengah 2024.", name: "Festival Kesenian Pelajar Jawa Tengah 2024" },
    { family: "Penghargaan X (ACR) Tahun YYYY, an acronym with a digit", input: "Sebanyak 87 perusahaan menerima Penghargaan Keselamatan dan Kesehatan Kerja (K3) Tahun 2025 dari Kemnaker.", name: "Penghargaan Keselamatan dan Kesehatan Kerja Tahun 2025" },
    { family: "a contest after 'juara umum', its one-capital acronym abbreviating it", input: "Kabupaten Sleman keluar sebagai juara umum Pekan Olahraga Daerah (Porda) XVII DIY 2024.", name: "Pekan Olahraga Daerah XVII DIY 2024" },
    { family: "named contest with acronym", input: "Kafilah Kota Bengkulu keluar sebagai juara umum Seleksi Tilawatil Quran dan Hadits (STQH) ke-XXI Tingkat Provinsi Bengkulu.", name: "Seleksi Tilawatil Quran dan Hadits" },
  ])("$family", ({ input, name }) => {
    expect(names(awardsIn(input))).toEqual([name]);
  });
});

describe("no award names", () => {
  test.each([
    ["an election is no contest", "KPU menetapkan jadwal Pemilihan Kepala Daerah 2024 dan Pemilihan Umum 2029."],
    ["a team after 'juara umum' is the winner, not the contest", "Tahun lalu juara umum Kabupaten Kudus meraih 30 poin."],
  ])("%s", (_, input) => {
    expect(names(awardsIn(input))).toEqual([]);
  });
});

describe("a named prize's edition and year", () => {
  test("a scope and a Roman numeral, then the year with its year word, are part of the name (fixtures/blind-11)", () => {
    const awards = awardsIn("Kafilah Jawa Timur keluar sebagai juara umum Musabaqah Tilawatil Quran (MTQ) Nasional XXXI Tahun 2026 dengan 86 poin.");
    expect(names(awards)).toEqual(["Musabaqah Tilawatil Quran Nasional XXXI Tahun 2026"]);
    expect(names(awardsIn("Pemkot Surabaya meraih Kota Layak Anak (KLA) 2023."))).toEqual(["Kota Layak Anak 2023"]);
  });
});

describe("aliases and expansions", () => {
  test("the expansion, the year-less form and a bare acronym are aliases of one award", () => {
    const [award, ...rest] = awardsIn(
      "Kota Malang meraih penghargaan Kota Layak Anak (KLA) 2023 kategori Nindya. Tahun ini 360 daerah menerima penghargaan KLA.",
    );
    expect(rest).toEqual([]);
    expect(award?.name).toBe("Kota Layak Anak 2023");
    expect(award?.aliases).toEqual(expect.arrayContaining(["Kota Layak Anak (KLA) 2023", "KLA"]));
    expect(award?.year).toBe(2023);
  });

  test("the keyword with the acronym a name introduced is that award, not a second one", () => {
    const awards = awardsIn("Perusahaan menerima Penghargaan Keselamatan dan Kesehatan Kerja (K3) Tahun 2025 di Palembang. Penghargaan K3 diserahkan Wakil Gubernur.");
    expect(names(awards)).toEqual(["Penghargaan Keselamatan dan Kesehatan Kerja Tahun 2025"]);
    expect(awards[0]?.aliases).toContain("Penghargaan K3");
    expect(awards[0]?.year).toBe(2025);
  });

  test("a former name is an alias, not a second award", () => {
    const awards = awardsIn(
      "Kota Semarang meraih penghargaan Bangkom Jateng Award 2023. Sebelumnya, ajang ini bernama Badan Pengembangan Sumber Daya Manusia Daerah (BPSDMD) Jateng Award.",
    );
    expect(names(awards)).toEqual(["Bangkom Jateng Award 2023"]);
    expect(awards[0]?.aliases).toContain("BPSDMD Jateng Award");
  });

  test("member forms of a prize join its main name", () => {
    const awards = awardsIn("Tujuh daerah menerima penghargaan Kabupaten/Kota Sehat (KKS) 2023. Kota Makassar meraih Swasti Saba Wistara.");
    expect(names(awards)).toEqual(["Kabupaten/Kota Sehat 2023"]);
    expect(results(awards)).toEqual([["Kota Makassar", "Wistara", null]]);
  });
});

describe("attributes", () => {
  const [award] = awardsIn(
    'Pemprov Jatim memborong 39 penghargaan dalam ajang Badan Kepegawaian Negara (BKN) Award 2023.\nBertemakan "Talent Management 2030 Smart, Agile dan Empathy", penghargaan BKN Award tahun ini, diumumkan dalam Rapat Koordinasi Nasional (Rakornas) Kepegawaian 2023 di Kota Bandung.',
  );
  test.each([
    { field: "organizer", value: "Badan Kepegawaian Negara" },
    { field: "theme", value: "Talent Management 2030 Smart, Agile dan Empathy" },
    { field: "event", value: "Rapat Koordinasi Nasional (Rakornas) Kepegawaian 2023" },
  ] as const)("$field", ({ field, value }) => {
    expect(award?.[field]).toBe(value);
  });

  test("organizer written out with an acronym table entry, categories listed", () => {
    const [ppd] = awardsIn(
      "Penghargaan Pembangunan Daerah (PPD) 2024 dari Kementerian PPN/Bappenas dibagi dalam tiga kategori, yaitu provinsi, kabupaten, dan kota.",
    );
    expect(ppd?.organizer).toBe("Kementerian Perencanaan Pembangunan Nasional/Badan Perencanaan Pembangunan Nasional");
    expect(ppd?.categories).toEqual(["provinsi", "kabupaten", "kota"]);
  });
});

describe("ranks in every form", () => {
  test.each([
    { input: "Kota Bandung meraih peringkat pertama kategori Pemerintah Kota dalam Anugerah KIP Jabar 2023.", rank: 1 },
    { input: "Kota Medan menempati peringkat ketiga kategori kota dalam Anugerah Layanan Investasi 2024.", rank: 3 },
    { input: "Pemprov Jatim menempati Peringkat II kategori Pengembangan ASN dalam BKN Award 2023.", rank: 2 },
    { input: "Pemprov Jatim menempati Peringkat V kategori Pengembangan ASN dalam BKN Award 2023.", rank: 5 },
    { input: "Dalam Korpri Award 2024, Kota Padang Panjang meraih juara 1 kategori Kepegawaian.", rank: 1 },
    { input: "Dalam Korpri Award 2024, Kota Padang Panjang meraih juara I kategori Kepegawaian.", rank: 1 },
    { input: "Dalam Korpri Award 2024, Kota Padang Panjang meraih juara umum kategori Kepegawaian.", rank: 1 },
    { input: "Dalam Korpri Award 2024, Kota Padang Panjang dinobatkan sebagai daerah terbaik kategori Kepegawaian.", rank: 1 },
    { input: "Dalam Korpri Award 2024, Kota Padang Panjang berada di posisi kedua kategori Kepegawaian.", rank: 2 },
    { input: "Dalam Korpri Award 2024, Kota Padang Panjang meraih posisi teratas kategori Kepegawaian.", rank: 1 },
    { input: "Dalam Korpri Award 2024, Kota Padang Panjang menjadi yang terbaik di kategori Kepegawaian.", rank: 1 },
  ])("$input", ({ input, rank }) => {
    expect(results(awardsIn(input)).map(([, , r]) => r)).toEqual([rank]);
  });

  test("a level after a rank word is a category, not a rank", () => {
    expect(results(awardsIn("Dalam penghargaan Kota Layak Anak 2023, Kabupaten Malang meraih peringkat Madya."))).toEqual([
      ["Kabupaten Malang", "Madya", null],
    ]);
  });

  test.each(["Utama", "Madya", "Nindya", "Pratama"])("kategori %s is a category without rank", (level) => {
    expect(results(awardsIn(`Kota Batu meraih Kota Layak Anak 2023 kategori ${level}.`))).toEqual([["Kota Batu", level, null]]);
  });
});

describe("results", () => {
  test("a connector ends a name before another keyword, and a sports 'X Championship' is no award", () => {
    expect(names(awardsIn("Kota Batu meraih Anugerah Parahita Ekapraya dan Penghargaan Pembangunan Daerah."))).toEqual([
      "Anugerah Parahita Ekapraya",
      "Penghargaan Pembangunan Daerah",
    ]);
    expect(names(awardsIn("Atlet Kota Medan tampil di Asia Championship 2024 dan meraih juara 2."))).toEqual([]);
  });

  test("a coordinated series of ranks is shared out in order over the recipients after it", () => {
    expect(results(awardsIn("Dalam Korpri Award 2024, juara I, II, dan III masing-masing diraih Kota Padang Panjang, Kabupaten Agam, dan Kota Payakumbuh."))).toEqual([
      ["Kota Padang Panjang", null, 1],
      ["Kabupaten Agam", null, 2],
      ["Kota Payakumbuh", null, 3],
    ]);
    expect(results(awardsIn("Posisi kedua dan ketiga kategori desa dalam Lomba Desa ditempati Desa Cibodas di Kabupaten Bandung Barat, serta Desa Sumberejo di Demak."))).toEqual([
      ["Desa Cibodas", "desa", 2],
      ["Desa Sumberejo", "desa", 3],
    ]);
  });

  test("a contest written in lower case is the category, up to the event's capitalized name", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Sleman 2024, juara I lomba baca puisi diraih SD Negeri Sukamaju."))).toEqual([["SD Negeri Sukamaju", "baca puisi", 1]]);
    expect(results(awardsIn("Dalam Anugerah Budaya Sleman 2024, Kecamatan Depok keluar sebagai juara umum lomba kriya Festival Kebudayaan Sleman."))).toEqual([
      ["Kecamatan Depok", "kriya", 1],
    ]);
    // Capitalized before a capitalized word, "Lomba" opens an award's name, not a category.
    expect(names(awardsIn("Desa Ponggok menjadi juara I Lomba Desa Wisata 2024."))).toEqual(["Lomba Desa Wisata 2024"]);
  });

  test("a contest won outright is rank 1, its winner the subject or the agent", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Sleman 2024, lomba mewarnai dimenangi Kecamatan Godean."))).toEqual([["Kecamatan Godean", "mewarnai", 1]]);
    expect(results(awardsIn("Dalam Anugerah Budaya Sleman 2024, Kecamatan Mlati menjuarai lomba gerak jalan."))).toEqual([["Kecamatan Mlati", "gerak jalan", 1]]);
  });

  test("a group noun or 'jatuh ke tangan' between a rank and its recipient; a bare name after them is a person", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Sleman 2024, juara II lomba baca puisi diraih tim SD Negeri Sukamaju."))).toEqual([["SD Negeri Sukamaju", "baca puisi", 2]]);
    expect(results(awardsIn("Dalam Anugerah Budaya Sleman 2024, peringkat pertama lomba kaligrafi jatuh ke tangan Rizky Aditya Pratama, siswa SD Negeri Ngaglik."))).toEqual([
      ["Rizky Aditya Pratama", "kaligrafi", 1],
    ]);
    expect(results(awardsIn("Dalam Anugerah Budaya Sleman 2024, lomba menyanyi solo putra dimenangi Bagas Wicaksono dari SD Negeri Mlati."))).toEqual([
      ["Bagas Wicaksono", "menyanyi solo putra", 1],
    ]);
  });

  test("a sentence opened by a past cue and a comma, or a clause with 'terakhir kali', tells an earlier result", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Sleman 2024, Kecamatan Mlati meraih juara II. Tahun lalu, Kecamatan Depok justru menempati peringkat pertama."))).toEqual([
      ["Kecamatan Mlati", null, 2],
    ]);
    expect(results(awardsIn("Dalam Anugerah Budaya Sleman 2024, Kecamatan Mlati meraih juara II. Terakhir kali Kecamatan Depok menjadi juara umum adalah pada 2019."))).toEqual([
      ["Kecamatan Mlati", null, 2],
    ]);
  });

  test("runner-up, 'tempat ketiga direbut', a capitalized team noun and 'Pemerintah Kota X' as recipients", () => {
    expect(
      results(
        awardsIn(
          "Kontingen Kabupaten Kudus keluar sebagai juara umum Festival Kesenian Pelajar 2024. Pemerintah Kota Salatiga menjadi runner-up, sedangkan tempat ketiga direbut Kabupaten Demak.",
        ),
      ),
    ).toEqual([
      ["Kabupaten Kudus", null, 1],
      ["Kota Salatiga", null, 2],
      ["Kabupaten Demak", null, 3],
    ]);
    expect(results(awardsIn("Dalam Pemilihan Duta Wisata Kudus 2024, runner-up II diraih Kabupaten Pati."))).toEqual([["Kabupaten Pati", null, 3]]);
  });

  test("'bidang X' in lower case is a category, 'terbaik II' a rank", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, juara I bidang Tari diraih Kabupaten Kudus."))).toEqual([["Kabupaten Kudus", "Tari", 1]]);
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, Kabupaten Kudus dinobatkan sebagai mitra terbaik II."))).toEqual([["Kabupaten Kudus", null, 2]]);
    // Capitalized, "Bidang" is inside an office's name.
    expect(results(awardsIn("Kementerian Koordinator Bidang Perekonomian menyerahkan Anugerah Budaya Jateng 2024 kepada Kabupaten Kudus sebagai juara I."))).toEqual([
      ["Kabupaten Kudus", null, 1],
    ]);
  });

  test("an office wins like a company, 'dan' inside its name, two organizations joined by 'dan' stay two", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, Dinas Pemuda dan Olahraga (Dispora) Kudus meraih peringkat pertama."))).toEqual([
      ["Dinas Pemuda dan Olahraga Kudus", null, 1],
    ]);
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, juara II dan III masing-masing diraih RS Charitas dan RS Hermina Palembang."))).toEqual([
      ["RS Charitas", null, 2],
      ["RS Hermina Palembang", null, 3],
    ]);
  });

  test("the dateline's city never wins", () => {
    expect(results(awardsIn("SEMARANG, KOMPAS.com - Juara I Anugerah Budaya Jateng 2024 diraih siswa asal Kudus."))).toEqual([]);
  });

  test("the place right after a publisher's dateline opens the sentence and wins, its address aside", () => {
    expect(
      results(awardsIn("TRIBUNJATENG.COM, SEMARANG - Desa Lerep di Kecamatan Ungaran Barat, Kabupaten Semarang, keluar sebagai juara I Lomba Desa Wisata Jateng 2024.")),
    ).toEqual([["Desa Lerep", null, 1]]);
  });

  test("'urutan' is a rank word, and 'terbaik' takes an ordinal word after a title word ('gelar terbaik pertama'), not after a noun", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, Kabupaten Pati menempati urutan kedua."))).toEqual([["Kabupaten Pati", null, 2]]);
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, Kabupaten Pati menyabet gelar terbaik pertama."))).toEqual([["Kabupaten Pati", null, 1]]);
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, Kota Tegal dianugerahi predikat terbaik ketiga."))).toEqual([["Kota Tegal", null, 3]]);
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, Kabupaten Pati menjadi terbaik kedua."))).toEqual([["Kabupaten Pati", null, 2]]);
    // After a noun, "terbaik pertama" is the superlative of a title whose words name the category.
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, Kabupaten Pati keluar sebagai kabupaten terbaik pertama se-Jawa Tengah."))).toEqual([
      ["Kabupaten Pati", "kabupaten terbaik pertama", 1],
    ]);
  });

  test("a category anaphor or the standings between a rank and its verb ('Juara II kategori ini diraih X'); 'menjadi milik'", () => {
    expect(
      results(
        awardsIn(
          "Dalam Anugerah Budaya Jateng 2024, juara I kategori Musik diraih Kota Tegal. Juara II kategori tersebut diraih Kabupaten Brebes. Posisi ketiga di kategori yang sama menjadi milik Kabupaten Pemalang.",
        ),
      ),
    ).toEqual([
      ["Kota Tegal", "Musik", 1],
      ["Kabupaten Brebes", "Musik", 2],
      ["Kabupaten Pemalang", "Musik", 3],
    ]);
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, peringkat II pada kategori yang sama ditempati Pemerintah Kota Pekalongan."))).toEqual([
      ["Kota Pekalongan", null, 2],
    ]);
    expect(results(awardsIn("Kabupaten Kendal menjadi juara umum Pekan Olahraga Provinsi Jateng 2024. Peringkat kedua klasemen akhir ditempati Kota Semarang."))).toEqual([
      ["Kabupaten Kendal", null, 1],
      ["Kota Semarang", null, 2],
    ]);
  });

  test("'sebagai juara' is rank 1 (not 'juara harapan' or 'juara bertahan'); 'nomor X' in lower case is a sports event, the category", () => {
    expect(
      results(
        awardsIn(
          "Dalam Lomba Olahraga Pelajar Jateng 2024, Kabupaten Kudus tampil sebagai juara bola voli putri. Kabupaten Pati dinobatkan sebagai juara harapan. Kota Tegal datang sebagai juara bertahan.",
        ),
      ),
    ).toEqual([
      ["Kabupaten Kudus", "bola voli putri", 1],
      ["Kabupaten Pati", null, null],
    ]);
    expect(results(awardsIn("Dalam Lomba Olahraga Pelajar Jateng 2024, juara I nomor lompat jauh putra diraih Kabupaten Blora."))).toEqual([["Kabupaten Blora", "lompat jauh putra", 1]]);
  });

  test("a place ranked by a count ('terbanyak') is no result, nor is what each rank is entitled to", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, Kabupaten Pati berada di urutan kedua dengan jumlah peserta terbanyak."))).toEqual([]);
    expect(
      results(awardsIn("Anugerah Budaya Jateng 2024 digelar di Kota Semarang. Setiap peraih peringkat pertama berhak atas dana pembinaan Rp 50 juta, peringkat kedua Rp 30 juta.")),
    ).toEqual([]);
  });

  test("a name before an age in parentheses is a person who wins, the place before it where the person is from; 'cabor X' is the category", () => {
    expect(
      results(
        awardsIn(
          "Dalam Lomba Olahraga Pelajar Jateng 2024, atlet Kota Tegal Dimas Arya Saputra (18) menjadi juara I nomor lompat jauh putra. Pesenam Kabupaten Kudus, Sinta Maharani (15), dinobatkan sebagai atlet terbaik putri. Di cabor karate, Kabupaten Pati keluar sebagai juara umum.",
        ),
      ),
    ).toEqual([
      ["Dimas Arya Saputra", "lompat jauh putra", 1],
      ["Sinta Maharani", "atlet terbaik putri", 1],
      ["Kabupaten Pati", "karate", 1],
    ]);
  });

  test("a category is inherited within its award only, and 'predikat harapan' names none", () => {
    expect(
      results(
        awardsIn(
          "Dalam Anugerah Budaya Jateng 2024, juara I kategori Tari diraih Kabupaten Kudus. Kabupaten Pati diberi predikat harapan. Penghargaan Kabupaten Peduli Seni diberikan kepada daerah pembina sanggar. Kabupaten Demak meraih peringkat pertama.",
        ),
      ),
    ).toEqual([
      ["Kabupaten Kudus", "Tari", 1],
      ["Kabupaten Demak", null, 1],
    ]);
  });

  test("farmer groups win as organizations ('Gapoktan', 'Kelompok Tani')", () => {
    expect(results(awardsIn("Dalam Lomba Kelompok Tani Berprestasi Jateng 2024, Gapoktan Ngudi Rejeki dari Desa Sidorejo menempati posisi kedua."))).toEqual([
      ["Gapoktan Ngudi Rejeki", null, 2],
    ]);
  });

  test("winners counted before a rank word are no rank won ('tiga juara I ... akan diusulkan')", () => {
    expect(results(awardsIn("Lomba Desa Wisata Jateng 2024 digelar di Semarang. Menurut panitia, Kabupaten Kudus akan mengirim tiga juara I ke tingkat nasional."))).toEqual([]);
  });

  test("a state madrasah wins like a state school", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, juara I diraih SMA Negeri 3 Kudus, disusul MAN 2 Kudus di posisi kedua."))).toEqual([
      ["SMA Negeri 3 Kudus", null, 1],
      ["MAN 2 Kudus", null, 2],
    ]);
  });

  test("a medal table is no result", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, juara umum yang dihitung dari perolehan medali direbut Kabupaten Kudus."))).toEqual([]);
  });

  test("a sentence naming a contest but no winner gives the next sentence's ranks their category", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Jateng 2024, persaingan ketat terjadi di lomba paduan suara. SMA Negeri 1 Kudus meraih juara pertama."))).toEqual([
      ["SMA Negeri 1 Kudus", "paduan suara", 1],
    ]);
  });

  test("a list of recipients before a series of as many ranks shares them out in order", () => {
    expect(results(awardsIn("Dalam Anugerah Budaya Sleman 2024, Kecamatan Mlati dan Kecamatan Depok menyusul di posisi kedua dan ketiga."))).toEqual([
      ["Kecamatan Mlati", null, 2],
      ["Kecamatan Depok", null, 3],
    ]);
    // Three recipients for two ranks: not shared out.
    const uneven = results(awardsIn("Dalam Anugerah Budaya Sleman 2024, Kecamatan Mlati, Kecamatan Depok, dan Kecamatan Godean menyusul di posisi kedua dan ketiga."));
    expect(uneven).not.toContainEqual(["Kecamatan Mlati", null, 2]);
  });

  test("in an article about several contests, the contest named after a rank is its category, and later ranks inherit it", () => {
    const awards = awardsIn(
      "Dinas menggelar Anugerah Budaya Sleman 2024 dan Lomba Cerdas Cermat (LCC). SMP Negeri 1 Depok menjuarai LCC. SMP Negeri 2 Mlati dan SMP Negeri 3 Godean menyusul di posisi kedua dan ketiga.",
    );
    expect(results(awards)).toEqual([
      ["SMP Negeri 1 Depok", "LCC", 1],
      ["SMP Negeri 2 Mlati", "LCC", 2],
      ["SMP Negeri 3 Godean", "LCC", 3],
    ]);
  });

  test("no series without 'dan' closing it, rising ranks and a cue before as many recipients", () => {
    // "juara 1, 2 tahun berturut-turut" is one rank; "I dan III" does not rise one by one.
    expect(results(awardsIn("Dalam Korpri Award 2024, Kota Padang Panjang meraih juara 1, 2 tahun berturut-turut."))).toEqual([["Kota Padang Panjang", null, 1]]);
    expect(results(awardsIn("Dalam Korpri Award 2024, juara I dan III masing-masing diraih Kota Padang Panjang dan Kabupaten Agam."))).not.toContainEqual(["Kabupaten Agam", null, 3]);
    const tooFew = results(awardsIn("Dalam Korpri Award 2024, juara I, II, dan III masing-masing diraih Kota Padang Panjang."));
    expect(tooFew.map(([, , rank]) => rank)).not.toContain(2);
  });

  test.each([
    {
      name: "persons marked by a honorific or a degree win ranks; their addresses and the officials do not",
      body: "Pemilihan Tenaga Kesehatan Teladan 2024 diserahkan Penjabat (Pj) Gubernur Sultra, Dr. Ir. H. Rusman Tamalaki, M.Si. Juara I kategori Dokter diraih dr. Muhammad Ikhsan Lagala, dokter umum di Puskesmas Pomalaa, Kabupaten Kolaka. Juara II diraih dr. Sitti Rahmawati Baso dari Kota Kendari. Sementara itu, Ns. Asrul Hidayat, S.Kep., perawat Puskesmas Wawotobi, Kabupaten Konawe, meraih juara I kategori Perawat.",
      expected: [
        ["Muhammad Ikhsan Lagala", "Dokter", 1],
        ["Sitti Rahmawati Baso", "Dokter", 2],
        ["Asrul Hidayat", "Perawat", 1],
      ],
    },
    {
      name: "a category won outright is rank 1; a series of ranks shared out over persons named with their degrees, in the category named before",
      body: "Dalam Pemilihan Tenaga Kesehatan Teladan 2024, kategori Bidan dimenangi Bdn. Wa Ode Siti Marlina. Juara II dan III kategori yang sama masing-masing diraih Hasniati, A.Md.Keb., dari Puskesmas Ranomeeto, Konawe Selatan, dan Fransiska Dewi Lestari, S.Tr.Keb., dari Kota Baubau.",
      expected: [
        ["Wa Ode Siti Marlina", "Bidan", 1],
        ["Hasniati", "Bidan", 2],
        ["Fransiska Dewi Lestari", "Bidan", 3],
      ],
    },
    {
      name: "a rank before a passive verb goes to the recipient after it; 'kategori tersebut' is the category named before",
      body: "Pemkab Ketapang meraih peringkat kedua kategori Pemerintah Kabupaten/Kota Terbaik dalam Paritrana Award 2025. Peringkat pertama kategori tersebut diraih Kabupaten Banyuwangi, Jawa Timur, sementara posisi ketiga ditempati Kota Pekalongan, Jawa Tengah.",
      expected: [
        ["Kabupaten Ketapang", "Pemerintah Kabupaten/Kota Terbaik", 2],
        ["Kabupaten Banyuwangi", "Pemerintah Kabupaten/Kota Terbaik", 1],
        ["Kota Pekalongan", "Pemerintah Kabupaten/Kota Terbaik", 3],
      ],
    },
    {
      name: "winners enumerated one per clause: persons and groups, each with its category",
      body: "Tiga penerima Penghargaan Kalpataru 2024 asal Aceh disambut Gubernur. Mereka adalah Sahril Bantacut, petani kopi dari Kabupaten Aceh Tengah, untuk kategori Perintis Lingkungan; Lembaga Pengelola Hutan Desa (LPHD) Nusa Lestari dari Aceh Besar, untuk kategori Penyelamat Lingkungan; serta Cut Nurhayati, S.Pd., guru biologi, untuk kategori Pembina Lingkungan.",
      expected: [
        ["Sahril Bantacut", "Perintis Lingkungan", null],
        ["Lembaga Pengelola Hutan Desa Nusa Lestari", "Penyelamat Lingkungan", null],
        ["Cut Nurhayati", "Pembina Lingkungan", null],
      ],
    },
  ])("$name", ({ body, expected }) => {
    expect(results(awardsIn(body))).toEqual(expected);
  });

  test("companies and regional enterprises named with their legal form win, the province in their name is part of it", () => {
    const body =
      "Dalam Top BUMD Awards 2025, PT Penjaminan Kredit Daerah (Jamkrida) Sumatera Barat meraih peringkat kedua kategori BUMD Penjaminan Kredit, dan Perusahaan Umum Daerah (Perumda) Air Minum Kota Padang menempati peringkat ketiga kategori BUMD Air Minum.";
    expect(results(awardsIn(body))).toEqual([
      ["PT Penjaminan Kredit Daerah Sumatera Barat", "BUMD Penjaminan Kredit", 2],
      ["Perusahaan Umum Daerah Air Minum Kota Padang", "BUMD Air Minum", 3],
    ]);
    expect(results(awardsIn("Dalam Top BUMD Awards 2025, posisi kedua ditempati PT Bank Pembangunan Daerah Kalimantan Barat (Bank Kalbar)."))).toEqual([
      ["PT Bank Pembangunan Daerah Kalimantan Barat", null, 2],
    ]);
  });

  test("a kecamatan team wins a contest between kecamatan (MTQ); a prize schedule gives no result", () => {
    const body =
      "Kafilah Kecamatan Pamekasan keluar sebagai juara umum Musabaqah Tilawatil Quran (MTQ) ke-31 Tingkat Kabupaten Pamekasan. Kafilah tuan rumah itu unggul atas Kecamatan Pademawu yang menempati peringkat kedua, sedangkan Kecamatan Galis meraih posisi ketiga. Juara I tiap golongan menerima uang pembinaan Rp 7,5 juta, juara II Rp 5 juta, dan juara III Rp 3,5 juta.";
    const awards = awardsIn(body);
    expect(names(awards)).toEqual(["Musabaqah Tilawatil Quran"]);
    expect(results(awards)).toEqual([
      ["Kecamatan Pamekasan", null, 1],
      ["Kecamatan Pademawu", null, 2],
      ["Kecamatan Galis", null, 3],
    ]);
  });

  test("a branch ('cabang', 'golongan') is a category, and a bare name right after 'diraih'/'ditempati' wins the rank", () => {
    const body =
      "Dalam MTQ 2025, di cabang tilawah golongan dewasa putra, juara I diraih Moh. Syaiful Anam, qari asal Desa Lenteng. Peringkat kedua ditempati Abd. Rahman Hakiki dari Kecamatan Pamekasan, sedangkan posisi ketiga diraih Imam Baihaqi asal Kecamatan Tlanakan.";
    expect(results(awardsIn(body))).toEqual([
      ["Moh. Syaiful Anam", "dewasa putra", 1],
      ["Abd. Rahman Hakiki", "dewasa putra", 2],
      ["Imam Baihaqi", "dewasa putra", 3],
    ]);
    // Acronyms are no name words: a school after "diraih" is no person.
    const school = results(awardsIn("Dalam MTQ 2025, juara I diraih SMA Negeri 1 Galis."));
    expect(school.map(([recipient]) => recipient)).not.toContain("SMA Negeri");
  });

  test("bare names listed after the rank's word share a series out, each with where it is from", () => {
    const body =
      "Dalam MTQ 2025, untuk golongan dewasa putri, Ummi Kultsum, qariah asal Larangan, meraih juara I. Juara kedua dan ketiga masing-masing diraih Siti Nur Aini dari Kecamatan Pademawu dan Lailatul Fitriyah dari Kelurahan Kolpajung, Kecamatan Pamekasan.";
    expect(results(awardsIn(body)).filter(([, , rank]) => rank !== 1)).toEqual([
      ["Siti Nur Aini", "dewasa putri", 2],
      ["Lailatul Fitriyah", "dewasa putri", 3],
    ]);
    // Only an origin may stand between two names of a list: a clause with a verb ends it.
    const verb = results(awardsIn("Dalam MTQ 2025, juara I diraih Imam Baihaqi yang berlatih sejak kecil dan Pelatih Daerah menyambutnya."));
    expect(verb).toEqual([["Imam Baihaqi", null, 1]]);
  });

  test("hospitals and puskesmas win; the place after one is its address, a category cue before one makes it the category", () => {
    const body =
      "Dalam Anugerah K3 Fasyankes 2025, pada kategori Rumah Sakit Pemerintah, peringkat pertama diraih RSUD Siti Fatimah, peringkat kedua RSUD Kayuagung, Kabupaten Ogan Komering Ilir (OKI), dan posisi ketiga diraih RSUD Sekayu, Kabupaten Musi Banyuasin.";
    expect(results(awardsIn(body))).toEqual([
      ["RSUD Siti Fatimah", "Rumah Sakit Pemerintah", 1],
      ["RSUD Kayuagung", "Rumah Sakit Pemerintah", 2],
      ["RSUD Sekayu", "Rumah Sakit Pemerintah", 3],
    ]);
    expect(results(awardsIn("Dalam Anugerah K3 Fasyankes 2025, kategori Puskesmas, Puskesmas 4 Ulu, Kecamatan Seberang Ulu I, Kota Palembang, tampil sebagai juara I."))).toEqual([
      ["Puskesmas 4 Ulu", "Puskesmas", 1],
    ]);
  });

  test("a person's workplace after the person is no recipient", () => {
    const body = "Dalam Pemilihan Tenaga Kesehatan Teladan 2024, Ns. Asrul Hidayat, S.Kep., perawat Puskesmas Wawotobi, Kabupaten Konawe, meraih juara I kategori Perawat.";
    expect(results(awardsIn(body))).toEqual([["Asrul Hidayat", "Perawat", 1]]);
  });

  test("a company after a title or a locative is no recipient", () => {
    const body = "Dalam Top BUMD Awards 2025, Direktur Utama PT Semen Padang menyerahkan trofi juara I kepada Kota Padang dari PT Pupuk Indonesia.";
    expect(results(awardsIn(body)).map(([recipient]) => recipient)).not.toContain("PT Semen Padang");
    expect(results(awardsIn(body)).map(([recipient]) => recipient)).not.toContain("PT Pupuk Indonesia");
  });

  test("a person opening a clause with a description after a comma wins the rank", () => {
    expect(results(awardsIn("Dalam Korpri Award 2024, Budi Santoso Wibowo, guru SMA Negeri 1 Praya, Kabupaten Lombok Tengah, menjadi juara I kategori Guru."))).toEqual([
      ["Budi Santoso Wibowo", "Guru", 1],
    ]);
  });

  test.each([
    ["a place after 'asal' is where winners come from", "Lima guru asal Nusa Tenggara Barat (NTB) meraih penghargaan Korpri Award 2024."],
    ["a subject after 'ketika' is in another clause", "Dalam Korpri Award 2024 capaian itu melampaui hasil tahun lalu, ketika NTB hanya membawa pulang satu gelar."],
    ["a result in a clause about last year is no result", "Dalam Korpri Award 2024, Kaltim, yang naik dari peringkat kelima pada Korpri Award tahun lalu, mencatat lompatan."],
  ])("%s", (_name, body) => {
    expect(results(awardsIn(body))).toEqual([]);
  });

  test("an enumeration that speaks of no winners, or has one clause, gives no result", () => {
    const listed = "Mereka adalah Sahril Bantacut untuk kategori Perintis Lingkungan; Cut Nurhayati untuk kategori Pembina Lingkungan.";
    expect(results(awardsIn(`Panitia Penghargaan Kalpataru 2024 mengumumkan juri. ${listed}`))).toEqual([]);
    expect(results(awardsIn("Penerima Kalpataru 2024 adalah Sahril Bantacut untuk kategori Perintis Lingkungan."))).toEqual([]);
  });

  test("a win verb in another clause says nothing: 'di Gampong Nusa sejak memperoleh izin'", () => {
    expect(results(awardsIn("Kota Batu meraih Adipura. Warga mengelola hutan di perbukitan Desa Nusa sejak memperoleh izin pada 2017."))).toEqual([
      ["Kota Batu", null, null],
    ]);
  });

  test("the village after a dateline is the subject, carried over to a sentence that names only a mountain", () => {
    const body =
      "TRIBUNJAMBI.COM, KERINCI - Warga Desa Kersik Tuo, Kecamatan Kayu Aro, Kabupaten Kerinci, menggelar syukuran. Desa di kaki Gunung Kerinci itu dinobatkan sebagai juara I Lomba Desa dan Kelurahan Tingkat Nasional Tahun 2024 kategori desa Regional I.";
    expect(results(awardsIn(body))).toEqual([["Desa Kersik Tuo", "desa Regional I", 1]]);
  });

  test("a prize's grade after its member form is the category", () => {
    expect(results(awardsIn("Desa Lubuk Beringin menerima trofi Program Kampung Iklim (ProKlim) dengan predikat ProKlim Lestari."))).toEqual([
      ["Desa Lubuk Beringin", "Lestari", null],
    ]);
  });

  test.each([
    ["Kota Palangka Raya harus puas sebagai juara harapan I kategori Kota Terbaik dalam Anugerah Digital 2024.", 4],
    ["Dalam Korpri Award 2024, Kota Padang Panjang meraih juara harapan 2 kategori Kepegawaian.", 5],
  ])("an honourable mention ranks after the podium, never first: %s", (input, rank) => {
    expect(results(awardsIn(input)).map(([, , r]) => r)).toEqual([rank]);
  });

  test.each([
    ["Dalam Korpri Award 2024, Kabupaten Minahasa Utara meraih juara 2 kategori kota kecil atas penataan transportasi.", "kota kecil"],
    ["Dalam Korpri Award 2024, Kota Padang Panjang meraih juara ketiga kategori Suvenir berkat kerajinan perunggunya.", "Suvenir"],
    ["Dalam Korpri Award 2024, Kota Padang Panjang meraih juara pertama kategori Sekolah Menengah Atas.", "Sekolah Menengah Atas"],
  ])("a category ends where its reason starts: %s", (input, category) => {
    expect(results(awardsIn(input)).map(([, c]) => c)).toEqual([category]);
  });

  test("a list of ranks gives one result each, categories kept whole", () => {
    const awards = awardsIn(
      "Dalam BKN Award 2023, Pemprov Jatim juga menempati Peringkat II Penerapan Pemanfaatan Data Sistem Informasi dan CAT, Peringkat V kategori Perencanaan Kebutuhan dan Mutasi Pegawai dan Peringkat V kategori Implementasi Penerapan Manajemen Kinerja ASN.",
    );
    expect(results(awards)).toEqual([
      ["Pemerintah Provinsi Jawa Timur", "Penerapan Pemanfaatan Data Sistem Informasi dan CAT", 2],
      ["Pemerintah Provinsi Jawa Timur", "Perencanaan Kebutuhan dan Mutasi Pegawai", 5],
      ["Pemerintah Provinsi Jawa Timur", "Implementasi Penerapan Manajemen Kinerja ASN", 5],
    ]);
  });

  test("a sentence-level category and ranks with recipients before or after", () => {
    const awards = awardsIn(
      "Hasil Anugerah Keterbukaan Informasi Publik 2023 diumumkan. Pada kategori Pemerintah Kabupaten, peringkat pertama diraih Kabupaten Bogor, disusul Kabupaten Bandung di peringkat kedua dan Kabupaten Sumedang di peringkat ketiga.",
    );
    expect(results(awards)).toEqual([
      ["Kabupaten Bogor", "Pemerintah Kabupaten", 1],
      ["Kabupaten Bandung", "Pemerintah Kabupaten", 2],
      ["Kabupaten Sumedang", "Pemerintah Kabupaten", 3],
    ]);
  });

  test("recipients in full: province names, regencies and cities", () => {
    const awards = awardsIn(
      "Dalam UHC Award 2024, Provinsi Sumatera Utara (Sumut) meraih kategori Madya, sedangkan Kabupaten Sleman dan Kota Mataram meraih kategori Utama.",
    );
    expect(results(awards)).toEqual([
      ["Sumatera Utara", "Madya", null],
      ["Kabupaten Sleman", "Utama", null],
      ["Kota Mataram", "Utama", null],
    ]);
  });

  test("a province's government where the text names it, the province where a team or the province itself wins (fixtures/blind-9, blind-11)", () => {
    expect(results(awardsIn("Pemprov Sumut meraih kategori Madya dalam UHC Award 2024."))).toEqual([["Pemerintah Provinsi Sumatera Utara", "Madya", null]]);
    expect(results(awardsIn("Pemerintah Provinsi Bali meraih peringkat ketiga BKN Award 2023."))).toEqual([["Pemerintah Provinsi Bali", null, 3]]);
    expect(results(awardsIn("Kafilah Jawa Timur keluar sebagai juara umum MTQ Nasional XXXI Tahun 2026."))).toEqual([["Jawa Timur", null, 1]]);
    expect(results(awardsIn("Pada MTQ Nasional XXXI Tahun 2026, posisi kedua ditempati Jawa Barat."))).toEqual([["Jawa Barat", null, 2]]);
    expect(results(awardsIn("Pada MTQ Nasional XXXI Tahun 2026, posisi kedua klasemen akhir ditempati tuan rumah Banten."))).toEqual([["Banten", null, 2]]);
  });

  test("a person described before the name after a rank's recipient word; the description's place is the person's origin (fixtures/blind-5, blind-8)", () => {
    expect(
      results(
        awardsIn(
          "Kontingen Kota Pekanbaru memastikan diri sebagai juara umum Pekan Olahraga Provinsi (Porprov) XI Riau 2025. Rahmat Hidayat Siregar (19) menjadi juara I nomor lari 100 meter putra. Posisi kedua diraih Andika Pratama dari Kampar, sedangkan juara ketiga direbut pelari tuan rumah asal Kecamatan Lima Puluh, Fadil Ramadhan.",
        ),
      ),
    ).toEqual([
      ["Kota Pekanbaru", null, 1],
      ["Rahmat Hidayat Siregar", "lari 100 meter putra", 1],
      ["Andika Pratama", "lari 100 meter putra", 2],
      ["Fadil Ramadhan", "lari 100 meter putra", 3],
    ]);
    expect(results(awardsIn("Dalam STQH Provinsi Bengkulu, golongan Dewasa Putri dimenangi qariah Kabupaten Seluma, Annisa Rahmadani."))).toEqual([
      ["Annisa Rahmadani", "Dewasa Putri", 1],
    ]);
    // A place after the comma is an address, not a name: the rank stays with the place.
    expect(results(awardsIn("Lomba Desa Tingkat Provinsi 2026 resmi ditutup. Juara I diraih tim Kabupaten Bantul, Daerah Istimewa Yogyakarta."))).toEqual([
      ["Kabupaten Bantul", null, 1],
    ]);
  });

  test("a category phrase ends at a one-word win or hand-over verb and where a clause opens (fixtures/blind-6, blind-12)", () => {
    const awards = awardsIn(
      "Kompetisi Inovasi Pelayanan Publik (KIPP) Provinsi Banten 2025 resmi ditutup. Predikat juara I kategori Inovator ASN disabet Nurul Hikmah, S.Kep., perawat Puskesmas Baros. Dari pencak silat, Siti Rahmawati (17) meraih juara I kelas C putri usai mengalahkan wakil Berau.",
    );
    expect(results(awards)).toEqual([
      ["Nurul Hikmah", "Inovator ASN", 1],
      ["Siti Rahmawati", "C putri", 1],
    ]);
  });

  test("a bare name right before a verb whose subject wins is a person; before a passive one it is the prize (fixtures/blind-12)", () => {
    const awards = awardsIn(
      "Anugerah Guru Inspiratif Sulsel 2026 diserahkan Rabu malam. Di kategori Guru SMK Inspiratif, Syamsuddin Lakatong menyabet juara pertama. Juara kedua diraih Hasnah Baharuddin (39), guru Tata Boga asal Kabupaten Gowa.",
    );
    expect(results(awards)).toEqual([
      ["Syamsuddin Lakatong", "Guru SMK Inspiratif", 1],
      ["Hasnah Baharuddin", "Guru SMK Inspiratif", 2],
    ]);
    expect(results(awardsIn("Dalam Anugerah Adipura 2026, Adipura Kencana diraih Kota Blitar."))).toEqual([["Kota Blitar", null, null]]);
  });

  test("a lower-case superlative closing a 'sebagai' phrase is the rank, the rest the category; capitalized it is part of a prize's name", () => {
    const awards = awardsIn(
      "Anugerah Guru Inspiratif Sulsel 2026 diserahkan Rabu malam. Kepala UPT SMK Negeri 2 Bone, Murniati Pawelloi dinobatkan sebagai Kepala Sekolah Inspiratif terbaik. Panitia juga menobatkan Pemerintah Kabupaten Sumedang sebagai Kabupaten Pembina Terbaik.",
    );
    expect(results(awards)).toEqual([
      ["Murniati Pawelloi", "Kepala Sekolah Inspiratif", 1],
      ["Kabupaten Sumedang", "Kabupaten Pembina Terbaik", 1],
    ]);
  });

  test("an award handed over to the recipient after 'jatuh kepada', 'diberikan kepada' and the like, where the clause names an award (fixtures/blind-5, blind-11, blind-12)", () => {
    expect(
      results(
        awardsIn(
          "KLH menyerahkan Kalpataru 2026 kepada enam penerima. Untuk kategori Perintis Lingkungan, trofi Kalpataru jatuh kepada Bernadus Dua Wolo (63), nelayan asal Kabupaten Sikka.",
        ),
      ),
    ).toEqual([["Bernadus Dua Wolo", "Perintis Lingkungan", null]]);
    expect(
      results(awardsIn("Anugerah K3 Fasilitas Pelayanan Kesehatan 2025 diserahkan. Penghargaan khusus Puskesmas Ramah Pekerja Informal diberikan kepada Puskesmas Pedamaran, OKI.")),
    ).toEqual([["Puskesmas Pedamaran", "Penghargaan khusus Puskesmas Ramah Pekerja Informal", null]]);
    expect(
      results(
        awardsIn(
          "Anugerah Guru Inspiratif Sulsel 2026 diserahkan Rabu malam. Di luar lima kategori itu, panitia memberikan penghargaan khusus pengabdian kepada Abdul Muis Daeng Nai (71), pensiunan guru asal Kabupaten Kepulauan Selayar.",
        ),
      ),
    ).toEqual([["Abdul Muis Daeng Nai", "penghargaan khusus pengabdian", null]]);
    // Aid is handed over too: no award's noun, no result.
    expect(results(awardsIn("Anugerah K3 Fasilitas Pelayanan Kesehatan 2025 diserahkan. Bantuan sembako diberikan kepada Desa Pedamaran."))).toEqual([]);
  });

  test("'gelar' before a superlative is a title won, the superlative rank 1, unless the titles are counted (fixtures/blind-5, blind-8, blind-12)", () => {
    expect(
      results(
        awardsIn(
          "Anugerah Guru Inspiratif Sulsel 2026 diserahkan Rabu malam. Di kategori Guru Daerah Khusus, gelar terbaik diganjar kepada Darmawan Situju, guru Matematika UPT SMA Negeri 14 Pangkep.",
        ),
      ),
    ).toEqual([["Darmawan Situju", "Guru Daerah Khusus", 1]]);
    expect(
      results(
        awardsIn(
          "Kontingen Kota Pekanbaru keluar sebagai juara umum Pekan Olahraga Provinsi (Porprov) XI Riau 2025. Gelar atlet terbaik putra jatuh kepada lifter Kabupaten Siak, Muhammad Rizki Alfarizi (21), yang memecahkan rekor di kelas 61 kilogram.",
        ),
      ),
    ).toEqual([
      ["Kota Pekanbaru", null, 1],
      ["Muhammad Rizki Alfarizi", "atlet terbaik putra", 1],
    ]);
    expect(
      results(
        awardsIn("Kafilah Kota Bengkulu keluar sebagai juara umum STQH Provinsi Bengkulu 2025. Kafilah ibu kota provinsi itu mengoleksi 47 poin dari 13 gelar juara di berbagai golongan."),
      ),
    ).toEqual([["Kota Bengkulu", null, 1]]);
  });

  test("'terbaik' before an ordinal opening a clause is a rank (fixtures/blind-11)", () => {
    const awards = awardsIn(
      "Kafilah Jawa Timur keluar sebagai juara umum MTQ Nasional XXXI Tahun 2026. Adapun terbaik kedua tilawah golongan remaja putri jatuh kepada Siti Hajar Maulida, siswi MTsN 2 Mataram.",
    );
    expect(results(awards)).toEqual([
      ["Jawa Timur", null, 1],
      ["Siti Hajar Maulida", "tilawah golongan remaja putri", 2],
    ]);
  });

  test("award titles made of ter- superlatives, after 'gelar', 'predikat' or 'sebagai', are rank 1 in the category the rest names (fixtures/blind-12)", () => {
    const awards = awardsIn(
      "Innovative Government Award (IGA) 2026 diumumkan Kemendagri. Untuk kategori kabupaten, Kabupaten Sumedang kembali menyabet gelar kabupaten terinovatif. Sementara itu, Kabupaten Nunukan keluar sebagai daerah perbatasan terinovatif. Predikat daerah tertinggal terinovatif jatuh kepada Kabupaten Sumba Barat Daya, Nusa Tenggara Timur.",
    );
    expect(results(awards)).toEqual([
      ["Kabupaten Sumedang", "kabupaten", 1],
      ["Kabupaten Nunukan", "daerah perbatasan", 1],
      ["Kabupaten Sumba Barat Daya", "daerah tertinggal", 1],
    ]);
  });

  test("an earlier edition's winners are past; 'berhak atas' a prize is a win (fixtures/blind-12)", () => {
    const awards = awardsIn(
      "Innovative Government Award (IGA) 2026 diumumkan Kemendagri. Kota Tangerang Selatan, Banten, berhak atas penghargaan khusus kategori Inovasi Pelayanan Publik Berbasis Digital. Pada IGA 2025, gelar provinsi terinovatif diraih Jawa Timur.",
    );
    expect(results(awards)).toEqual([["Kota Tangerang Selatan", "Inovasi Pelayanan Publik Berbasis Digital", null]]);
  });

  test("'masing-masing' between ranks and recipients, and after them before a prize; a place someone represents won nothing (fixtures/blind-2, blind-12)", () => {
    const awards = awardsIn(
      "Lomba Desa dan Kelurahan Tingkat Nasional 2024 diumumkan. Adapun juara I kategori desa Regional II dan Regional III masing-masing diraih Desa Ponggok, Klaten, dan Desa Bilebante, Lombok Tengah. Juara I, II dan III kategori desa masing-masing menerima Rp 300 juta, Rp 250 juta dan Rp 200 juta. Desa Cisantana kemudian mewakili Jawa Barat di tingkat regional.",
    );
    const found = results(awards);
    expect(found).toContainEqual(["Desa Ponggok", "desa Regional II dan Regional III", 1]);
    // The prize line names no winner, and the represented province won nothing.
    expect(found.filter(([recipient]) => recipient !== "Desa Ponggok" && recipient !== "Desa Bilebante")).toEqual([]);
  });

  test("winners listed after a ranked one by 'diikuti' or 'disusul' take the next ranks, unless they have their own (fixtures/blind-12)", () => {
    expect(
      results(awardsIn("Innovative Government Award (IGA) 2026 diumumkan. Adapun di kategori kota, Kota Madiun meraih peringkat pertama, diikuti Kota Pekanbaru dan Kota Bitung, Sulawesi Utara.")),
    ).toEqual([
      ["Kota Madiun", "kota", 1],
      ["Kota Pekanbaru", "kota", 2],
      ["Kota Bitung", "kota", 3],
    ]);
    expect(
      results(awardsIn("Innovative Government Award (IGA) 2026 diumumkan. Di kategori provinsi, Jawa Tengah keluar sebagai juara, disusul oleh Sulawesi Selatan di peringkat ketiga.")),
    ).toEqual([
      ["Jawa Tengah", "provinsi", 1],
      ["Sulawesi Selatan", "provinsi", 3],
    ]);
  });

  test("a Balinese name's 'I' is part of the name; a rank handed over by 'diberikan kepada' goes to the winner after it (fixtures/blind-9, blind-10, blind-13)", () => {
    const awards = awardsIn(
      "Kalpataru Provinsi NTB 2026 diserahkan di Mataram. Di kategori Pengabdi Lingkungan, peringkat pertama diraih I Made Suartana (56), polisi kehutanan. Adapun peringkat ketiga diberikan kepada Supardi Jamaluddin (49), petugas kebersihan di Kecamatan Taliwang.",
    );
    expect(results(awards)).toEqual([
      ["I Made Suartana", "Pengabdi Lingkungan", 1],
      ["Supardi Jamaluddin", "Pengabdi Lingkungan", 3],
    ]);
  });

  test("category phrases: a counted cue is a noun, a title-case name keeps its joiner, a passive verb ends one (fixtures/blind-5, blind-13)", () => {
    const awards = awardsIn(
      "Penghargaan Kinerja Percepatan Penurunan Stunting (PPS) Kalbar 2026 diserahkan. Di kategori Kabupaten/Kota dengan Penurunan Prevalensi Stunting Terbaik, posisi kedua ditempati Kota Singkawang. Hajrah mendampingi 11 kelompok tani menghijaukan lahan. Adapun peringkat ketiga diberikan kepada Kabupaten Sanggau.",
    );
    expect(results(awards)).toEqual([
      ["Kota Singkawang", "Kabupaten/Kota dengan Penurunan Prevalensi Stunting Terbaik", 2],
      ["Kabupaten Sanggau", "Kabupaten/Kota dengan Penurunan Prevalensi Stunting Terbaik", 3],
    ]);
  });

  test("an award handed to a government ('kepada Pemerintah Kabupaten X') or, actively, to a person named bare (fixtures/blind-13)", () => {
    const awards = awardsIn(
      "Kalpataru Provinsi NTB 2026 diserahkan di Mataram. Adapun penghargaan khusus inovasi daerah diberikan kepada Pemerintah Kabupaten Kapuas Hulu atas programnya. Di luar empat kategori itu, dewan juri memberikan penghargaan khusus kepada Aulia Rahmadani, siswi SMA Negeri 1 Taliwang.",
    );
    expect(results(awards)).toEqual([
      ["Kabupaten Kapuas Hulu", "penghargaan khusus inovasi daerah", null],
      ["Aulia Rahmadani", "penghargaan khusus", null],
    ]);
  });

  test("universities win as organizations; 'posisi puncak' is rank 1, not in a clause that gives a reason (fixtures/blind, blind-13)", () => {
    expect(
      results(
        awardsIn(
          "Anugerah Keterbukaan Informasi Publik (KIP) Provinsi Lampung 2026 diserahkan. Sementara di kategori perguruan tinggi negeri, Universitas Lampung (Unila) menempati posisi puncak, diikuti Institut Teknologi Sumatera (Itera) dan Universitas Islam Negeri (UIN) Raden Intan Lampung secara berurutan.",
        ),
      ),
    ).toEqual([
      ["Universitas Lampung", "perguruan tinggi negeri", 1],
      ["Institut Teknologi Sumatera", "perguruan tinggi negeri", 2],
      ["Universitas Islam Negeri Raden Intan Lampung", "perguruan tinggi negeri", 3],
    ]);
    expect(
      results(awardsIn("Dalam EKPPD 2024, Jawa Tengah menerima tanda kehormatan Parasamya Purnakarya Nugraha karena tiga tahun berturut-turut berada di posisi puncak.")),
    ).not.toContainEqual(expect.arrayContaining([1]));
  });

  test("a province named once as its government is that government where written bare too", () => {
    const awards = awardsIn(
      "Pemprov Kalteng meraih peringkat pertama TP2DD Award 2024 kategori provinsi. Kalimantan Tengah juga meraih penghargaan khusus.",
    );
    expect(results(awards).map(([recipient]) => recipient)).toEqual(["Pemerintah Provinsi Kalimantan Tengah"]);
  });

  test("finalists have no rank", () => {
    const awards = awardsIn(
      "Penghargaan Bangkom Jateng Award 2023 diserahkan. Kabupaten/kota yang juga masuk dalam enam besar Penyelenggara Bangkom Terbaik di Jateng 2023 adalah Kabupaten Purworejo, Kabupaten Cilacap, dan Kota Surakarta.",
    );
    expect(results(awards)).toEqual([
      ["Kabupaten Purworejo", "Penyelenggara Bangkom Terbaik", null],
      ["Kabupaten Cilacap", "Penyelenggara Bangkom Terbaik", null],
      ["Kota Surakarta", "Penyelenggara Bangkom Terbaik", null],
    ]);
  });

  test("the subject of the sentence before carries over", () => {
    const awards = awardsIn(
      "Jatim memborong penghargaan dalam BKN Award 2023.\nKhusus untuk Pemprov Jatim, penghargaan yang diraih sebanyak lima kategori. Antara lain peringkat I kategori Pengembangan Kompetensi ASN.",
    );
    expect(results(awards)).toEqual([["Pemerintah Provinsi Jawa Timur", "Pengembangan Kompetensi ASN", 1]]);
  });

  test("a winner without category or rank", () => {
    expect(results(awardsIn("Sementara itu, Kota Blitar, meraih Adipura Kencana."))).toEqual([["Kota Blitar", null, null]]);
  });

  test("quotes, hopes and jurisdictions of titles give no results", () => {
    const awards = awardsIn(
      'Kota Tegal meraih juara 2 dalam TPID Award 2023. "Kami ingin naik ke peringkat pertama," kata Wali Kota Tegal Dedy. Kepala Dinas Kesehatan Sumut Melinda menyebut provinsi itu belum bisa naik ke kategori Utama.',
    );
    expect(results(awards)).toEqual([["Kota Tegal", null, 2]]);
  });

  test("a place inside a quotation is never a recipient, with the places pass given or run here", () => {
    const context = contextOf('Kabupaten Demak meraih Adipura. "Kota Semarang juga meraih Adipura tahun lalu," kata Wali Kota Semarang.');
    const expected = [["Kabupaten Demak", null, null]];
    expect(results(extractAwards(context))).toEqual(expected);
    expect(results(extractAwards(context, extractPlaces(context)))).toEqual(expected);
  });

  test("a rank handed over across a locative, and the rest of an address after one (fixtures/blind-10)", () => {
    const awards = awardsIn(
      "Anugerah Keterbukaan Informasi Publik 2026 digelar. Pada kategori desa/kelurahan, juara I diraih Desa Pa'bentengan, Kecamatan Eremerasa, Kabupaten Bantaeng. " +
        "Juara II jatuh ke Kelurahan Leang-Leang, Kecamatan Bantimurung, Maros, dan juara III ke Desa Kompang, Kecamatan Sinjai Tengah.",
    );
    expect(results(awards)).toEqual([
      ["Desa Pa'bentengan", "desa/kelurahan", 1],
      ["Kelurahan Leang-Leang", "desa/kelurahan", 2],
      ["Desa Kompang", "desa/kelurahan", 3],
    ]);
    // "Dari Jatim," opens the sentence or a clause: the place after its comma is the subject, not an address.
    for (const sentence of ["Dari Jatim, Kota Madiun menyabet peringkat pertama kategori kota.", "Sementara itu, dari Jatim, Kota Madiun menyabet peringkat pertama kategori kota."]) {
      expect(results(awardsIn(`Penghargaan Pembangunan Daerah (PPD) 2024 diserahkan. ${sentence}`))).toEqual([["Kota Madiun", "kota", 1]]);
    }
  });

  test("organizations after a clause opener, and with their fields listed by commas (fixtures/blind-10)", () => {
    const awards = awardsIn(
      "UMKM Award 2026 diserahkan. Adapun Koperasi Produsen Tenun Nian Tana dari Maumere, Kabupaten Sikka, Nusa Tenggara Timur, dinobatkan sebagai koperasi pemasaran terbaik. " +
        "Untuk kategori perangkat daerah, posisi pertama ditempati Dinas Komunikasi, Informatika, Statistik dan Persandian (Diskominfo-SP) Sulsel.",
    );
    expect(results(awards).map(([recipient, , rank]) => [recipient, rank])).toEqual([
      ["Koperasi Produsen Tenun Nian Tana", 1],
      ["Dinas Komunikasi, Informatika, Statistik dan Persandian Sulsel", 1],
    ]);
  });

  test("a sentence opening with a past cue, with or without its comma, reports no result; an edition named after a rank is no category", () => {
    const awards = awardsIn(
      "Pemkab Sinjai keluar sebagai juara I Anugerah Keterbukaan Informasi Publik (AKIP) Sulawesi Selatan 2026 kategori pemerintah kabupaten/kota. " +
        "Pemkot Parepare dinobatkan sebagai terbaik kedua. Kala itu Sinjai hanya berada di urutan kelima, sementara juara I diraih Kota Makassar. AKIP Nasional digelar tahun depan.",
    );
    expect(results(awards)).toEqual([
      ["Kabupaten Sinjai", "pemerintah kabupaten/kota", 1],
      ["Kota Parepare", "pemerintah kabupaten/kota", 2],
    ]);
  });

  test("a lower-case category between a rank and the verb handing it over, inherited by the next rank of the same category (fixtures/blind-10)", () => {
    const awards = awardsIn(
      "Kontingen Kota Denpasar keluar sebagai juara umum Kejuaraan Daerah (Kejurda) Pencak Silat Pelajar Bali 2026. " +
        "Adapun gelar juara I seni regu putra direbut tim Kabupaten Karangasem. Juara II kategori yang sama ditempati Kabupaten Badung.",
    );
    expect(results(awards)).toEqual([
      ["Kota Denpasar", null, 1],
      ["Kabupaten Karangasem", "seni regu putra", 1],
      ["Kabupaten Badung", "seni regu putra", 2],
    ]);
  });

  test("winners named in full with an age, then referred back to by the end of the name (fixtures/blind-10)", () => {
    const awards = awardsIn(
      "Kontingen Kota Denpasar keluar sebagai juara umum Kejuaraan Daerah (Kejurda) Pencak Silat Pelajar Bali 2026. Salah satu partai paling ketat tersaji di final kelas C putri. " +
        "Pesilat Denpasar, Ni Kadek Ayu Pradnyani (16), siswi SMA Negeri 4 Denpasar, menang angka 3-2 atas Luh Putu Sintya Dewi (17) dari Badung. " +
        "Pradnyani pun menjadi juara I, sedangkan Sintya Dewi harus puas menjadi juara II.",
    );
    expect(results(awards)).toEqual([
      ["Kota Denpasar", null, 1],
      ["Ni Kadek Ayu Pradnyani", "C putri", 1],
      ["Luh Putu Sintya Dewi", "C putri", 2],
    ]);
  });

  test("a sentence that points back to the category gives its winner that category, with no rank (fixtures/blind-11)", () => {
    const awards = awardsIn(
      "Penghargaan Kalpataru 2026 diserahkan di Jakarta. Untuk kategori Perintis Lingkungan, trofi diraih Bernadus Dua Wolo (63), nelayan asal Kabupaten Sikka. " +
        "Penghargaan di kategori yang sama diterima Rosmawati Br Simanjuntak (57) asal Kabupaten Toba.",
    );
    expect(results(awards)).toContainEqual(["Rosmawati Br Simanjuntak", "Perintis Lingkungan", null]);
  });

  test("each winner of a list with its own category phrase, after a counted noun and 'yakni' (fixtures/blind-14)", () => {
    const awards = awardsIn(
      "Penghargaan Adipura 2026 diserahkan di Jakarta. Penghargaan tertinggi, Adipura Kencana, diberikan kepada empat daerah, yakni Kota Surabaya untuk kategori kota metropolitan, " +
        "Kota Balikpapan untuk kategori kota besar, dan Kota Padang Panjang, Sumatera Barat, untuk kategori kota kecil. " +
        "Sertifikat Adipura di antaranya diterima Kota Bitung untuk kategori kota sedang dan Kabupaten Bantaeng, Sulawesi Selatan, untuk kategori kota kecil.",
    );
    // Two awards (Adipura Kencana, Sertifikat Adipura): their results in either order.
    expect(results(awards).sort()).toEqual([
      ["Kabupaten Bantaeng", "kota kecil", null],
      ["Kota Balikpapan", "kota besar", null],
      ["Kota Bitung", "kota sedang", null],
      ["Kota Padang Panjang", "kota kecil", null],
      ["Kota Surabaya", "kota metropolitan", null],
    ]);
  });

  test("an award that 'jatuh ke' a place is won by it; aid that does is not (fixtures/blind-14)", () => {
    expect(results(awardsIn("Di kategori kota besar, Adipura 2026 jatuh ke Kota Malang."))).toEqual([["Kota Malang", "kota besar", null]]);
    expect(results(awardsIn("Adipura 2026 diserahkan kemarin. Bantuan beras jatuh ke Kota Malang."))).toEqual([]);
  });

  test("a bare name before a verb that puts it at the rank after it, or before where it is from (fixtures/blind-14)", () => {
    const awards = awardsIn(
      "Kota Semarang keluar sebagai juara umum Pekan Olahraga Provinsi (Porprov) Jawa Tengah XVII 2026. Dari cabang atletik, sprinter Kabupaten Pekalongan Dimas Ardiansyah Putra " +
        "menjadi juara pertama lari 100 meter putra. Rizky Fadillah dari Kota Semarang finis di posisi kedua, sedangkan Yohanes Krisna Adi dari Kabupaten Kudus di posisi ketiga.",
    );
    expect(results(awards)).toEqual([
      ["Kota Semarang", null, 1],
      ["Dimas Ardiansyah Putra", "atletik", 1],
      ["Rizky Fadillah", "atletik", 2],
      ["Yohanes Krisna Adi", "atletik", 3],
    ]);
  });

  test("police units win as organizations, and a name inside an organization's is no person (fixtures/blind-14, fixtures/blind-7)", () => {
    const awards = awardsIn(
      "Di Kompetisi Inovasi Pelayanan Publik 2026, posisi kedua ditempati Kabupaten Sidoarjo, disusul Polres Sumedang di posisi ketiga. " +
        "Badan Pendapatan Daerah Jawa Barat berada di posisi kedua, disusul Rumah Sakit Umum Daerah (RSUD) Al Ihsan di peringkat ketiga.",
    );
    expect(results(awards)).toEqual([
      ["Kabupaten Sidoarjo", null, 2],
      ["Polres Sumedang", null, 3],
      ["Badan Pendapatan Daerah Jawa Barat", null, 2],
      ["Rumah Sakit Umum Daerah Al Ihsan", null, 3],
    ]);
  });

  test("a winner referred back to in the next sentence, whose award's name holds a place (fixtures/blind-14)", () => {
    const awards = awardsIn(
      "Desa Jatiluwih, Kecamatan Penebel, Kabupaten Tabanan, kembali menegaskan reputasinya. " +
        "Desa yang lanskap subaknya ditetapkan sebagai Warisan Budaya Dunia itu dinobatkan sebagai juara I kategori desa wisata mandiri dalam Lomba Desa Wisata Provinsi Bali 2026.",
    );
    expect(results(awards)).toEqual([["Desa Jatiluwih", "desa wisata mandiri", 1]]);
  });

  test("each result points at the sentence it came from", () => {
    const text = "Dalam Korpri Award 2024, Kota Payakumbuh meraih juara 3.";
    const [result] = awardsIn(text)[0]?.results ?? [];
    expect(result?.mentions).toEqual([{ start: 0, end: text.length, text, ruleId: "rank.word-numeral" }]);
  });
});

describe("no awards", () => {
  test.each([
    { why: "an article without awards", input: "Banjir merendam 3 kecamatan di Kabupaten Demak. Warga mengungsi ke balai desa pada Senin (5/2)." },
    { why: "an audit opinion", input: "Pemkab Gowa meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK delapan kali berturut-turut." },
    { why: "ranks without an award name", input: "Kota Medan menempati peringkat ketiga dalam jumlah kasus DBD di Sumatera Utara." },
  ])("$why", ({ input }) => {
    expect(awardsIn(input)).toEqual([]);
  });
});

describe("seed articles give the gold awards and results", () => {
  const seedDir = join(SHARED_DIR, "seed-fixtures");
  test.each(readGoldFiles(seedDir).map((g) => ({ key: g.key, gold: g })))("$key", ({ key, gold }) => {
    const context = contextOf(readFileSync(join(seedDir, `${key}.txt`), "utf8"));
    const awards = extractAwards(context);
    for (const award of awards) AwardSchema.parse(award);
    const score = scoreRecords([gold], [{ id: key, source: { uri: `${key}.txt` }, text: context.text, awards }]);
    expect(score.misses.filter((m) => m.field === "awards" || m.field === "results")).toEqual([]);
    expect(score.fields.awards.tp).toBeGreaterThan(0);
    expect(score.fields.results.tp).toBeGreaterThan(0);
  });
});

test.each([
  { shape: "one endless sentence of cue words", text: `Dalam BKN Award 2023, ${"Penghargaan Peringkat Juara Kategori Award Anugerah ((( Kota Kota Kota sebagai sebagai terbaik, dan dan masuk enam besar adalah ".repeat(2000)}` },
  { shape: "thousands of result sentences", text: "Kota Semarang dan Kabupaten Demak meraih peringkat I kategori Penyelenggara Terbaik dalam BKN Award 2023, disusul Kota Surakarta di peringkat kedua. ".repeat(1500) },
  // 2 MB of award news: every mention used to be matched against every sentence (and every award name against every other),
  // so 1.6 MB took 20 s; grouped by sentence once, it is linear.
  { shape: "a 2 MB article of results", text: "Kota Semarang dan Kabupaten Demak meraih peringkat I kategori Penyelenggara Terbaik dalam BKN Award 2023, disusul Kota Surakarta di peringkat kedua. ".repeat(14_000) },
])("long adversarial input stays fast: $shape", ({ text }) => {
  const started = performance.now();
  extractAwards({ text, segmentation: segment(text), referenceDate: null, excluded: [] });
  expect(performance.now() - started).toBeLessThan(5000);
});
