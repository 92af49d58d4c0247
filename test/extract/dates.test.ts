import { describe, expect, test } from "vitest";
import { createDateChronos } from "../../src/extract/dates/configuration.ts";
import { datesExtractor, parseIndonesianDates } from "../../src/extract/dates/index.ts";
import { dateRules } from "../../src/extract/dates/rules.ts";
import type { DateMention, DatePrecision } from "../../src/types.ts";
import { makeContext } from "../helpers/context.ts";

const REFERENCE = "2023-06-10"; // a Saturday

interface Row {
  input: string;
  text: string;
  value: string;
  precision: DatePrecision;
  implied: DateMention["implied"];
  ruleId: string;
  referenceDate?: string | null;
}

/** The one mention a row expects, placed at the row's text inside its input. */
function expected(row: Row): DateMention {
  const start = row.input.indexOf(row.text);
  const { text, value, precision, implied, ruleId } = row;
  return { start, end: start + text.length, text, value, precision, implied, ruleId };
}

function extract(input: string, referenceDate: string | null): DateMention[] {
  return datesExtractor.extract(makeContext(input, { referenceDate }));
}

test("the extractor is named dates", () => {
  expect(datesExtractor.name).toBe("dates");
});

describe("date forms, with a reference date", () => {
  test.each<Row>([
    // weekday and date in parentheses: one mention, weekday to closing parenthesis
    { input: "di Gedung Sasana Widya Praja BPSDMD, Senin (14/8/2023).", text: "Senin (14/8/2023)", value: "2023-08-14", precision: "day", implied: [], ruleId: "date.weekday-slash" },
    { input: "ungkap Gubernur Khofifah di Surabaya, Senin (5/6).", text: "Senin (5/6)", value: "2023-06-05", precision: "day", implied: ["year"], ruleId: "date.weekday-slash" },
    { input: "saat ditemui, Minggu (4/6/23) pagi.", text: "Minggu (4/6/23)", value: "2023-06-04", precision: "day", implied: [], ruleId: "date.weekday-slash" },
    { input: "kata dia, Jumat, (9/6) di Jakarta.", text: "Jumat, (9/6)", value: "2023-06-09", precision: "day", implied: ["year"], ruleId: "date.weekday-slash" },
    // a clock time after the date neither extends its span nor changes its value
    { input: "Senin (14/8/2023) pukul 08.00 WIB", text: "Senin (14/8/2023)", value: "2023-08-14", precision: "day", implied: [], ruleId: "date.weekday-slash" },
    { input: "Senin, 14 Agustus 2023 pukul 10.00 WIB", text: "Senin, 14 Agustus 2023", value: "2023-08-14", precision: "day", implied: [], ruleId: "date.day-month-name" },
    // day and month name
    { input: "Proklamasi 17 Agustus 1945 dibacakan", text: "17 Agustus 1945", value: "1945-08-17", precision: "day", implied: [], ruleId: "date.day-month-name" },
    { input: "digelar pada tanggal 5 Juni 2023", text: "pada tanggal 5 Juni 2023", value: "2023-06-05", precision: "day", implied: [], ruleId: "date.day-month-name" },
    { input: "diumumkan di Kota Bandung pada 30 Mei lalu.", text: "30 Mei lalu", value: "2023-05-30", precision: "day", implied: ["year"], ruleId: "date.day-month-name" },
    { input: "diumumkan pada 30 Mei kemarin.", text: "30 Mei kemarin", value: "2023-05-30", precision: "day", implied: ["year"], ruleId: "date.day-month-name" },
    { input: "puncaknya 17 Agustus mendatang.", text: "17 Agustus mendatang", value: "2023-08-17", precision: "day", implied: ["year"], ruleId: "date.day-month-name" },
    { input: "puncaknya 17 Agustus mendatang.", text: "17 Agustus mendatang", value: "2024-08-17", precision: "day", implied: ["year"], ruleId: "date.day-month-name", referenceDate: "2023-09-01" },
    { input: "rapat pada 28 Desember itu", text: "28 Desember", value: "2023-12-28", precision: "day", implied: ["year"], ruleId: "date.day-month-name", referenceDate: "2024-01-03" },
    { input: "ditandatangani Senin, 5 Juni di Jakarta", text: "Senin, 5 Juni", value: "2023-06-05", precision: "day", implied: ["year"], ruleId: "date.day-month-name" },
    { input: "jatuh tempo Agustus 14, 2023.", text: "Agustus 14, 2023", value: "2023-08-14", precision: "day", implied: [], ruleId: "date.month-name-day" },
    // slash dates: full ones always, d/m after a lead-in
    { input: "berlaku 14/8/2023 lalu", text: "14/8/2023", value: "2023-08-14", precision: "day", implied: [], ruleId: "date.slash" },
    { input: "dibuka tanggal 5/6 untuk umum", text: "5/6", value: "2023-06-05", precision: "day", implied: ["year"], ruleId: "date.slash" },
    { input: "terbit 2023-08-14", text: "2023-08-14", value: "2023-08-14", precision: "day", implied: [], ruleId: "date.iso" },
    // months
    { input: "inflasi Mei 2023 tercatat", text: "Mei 2023", value: "2023-05", precision: "month", implied: [], ruleId: "date.month-name" },
    { input: "diresmikan pada bulan Juni", text: "pada bulan Juni", value: "2023-06", precision: "month", implied: ["year"], ruleId: "date.month-name" },
    { input: "target sejak Januari lalu", text: "Januari lalu", value: "2023-01", precision: "month", implied: ["year"], ruleId: "date.month-name" },
    // years with a cue
    { input: "Pada tahun 2021 total penghargaan", text: "Pada tahun 2021", value: "2021", precision: "year", implied: [], ruleId: "date.year-cue" },
    { input: "naik dari tahun 2022 sebanyak", text: "tahun 2022", value: "2022", precision: "year", implied: [], ruleId: "date.year-cue" },
    { input: "se-Jawa Tengah (Jateng) Tahun 2023.", text: "Tahun 2023", value: "2023", precision: "year", implied: [], ruleId: "date.year-cue" },
    // a month in the year before or after the reference year, whatever its place in the calendar
    { input: "banjir pernah terjadi pada November tahun lalu", text: "November tahun lalu", value: "2022-11", precision: "month", implied: ["year"], ruleId: "date.month-name" },
    { input: "banjir pernah terjadi pada Maret tahun lalu", text: "Maret tahun lalu", value: "2022-03", precision: "month", implied: ["year"], ruleId: "date.month-name" },
    { input: "proyek selesai Maret tahun depan", text: "Maret tahun depan", value: "2024-03", precision: "month", implied: ["year"], ruleId: "date.month-name" },
    { input: "Pada Tahun 2024 desa itu menang.", text: "Pada Tahun 2024", value: "2024", precision: "year", implied: [], ruleId: "date.year-cue" },
    { input: "Rapat dimulai. Tahun 2024 jadi tahun berat.", text: "Tahun 2024", value: "2024", precision: "year", implied: [], ruleId: "date.year-cue" },
    { input: "menjabat sejak 2019 hingga kini", text: "sejak 2019", value: "2019", precision: "year", implied: [], ruleId: "date.year-cue" },
    { input: "berlaku hingga 2025, kata dia", text: "hingga 2025", value: "2025", precision: "year", implied: [], ruleId: "date.year-cue" },
    { input: "rampung awal 2024.", text: "awal 2024", value: "2024", precision: "year", implied: [], ruleId: "date.year-cue" },
    { input: "rampung pada akhir tahun 2024.", text: "pada akhir tahun 2024", value: "2024", precision: "year", implied: [], ruleId: "date.year-cue" },
    { input: "target pertengahan 2024 tercapai", text: "pertengahan 2024", value: "2024", precision: "year", implied: [], ruleId: "date.year-cue" },
    { input: "lebih rendah dibanding 2022 akibat kemarau", text: "dibanding 2022", value: "2022", precision: "year", implied: [], ruleId: "date.year-cue" },
    { input: "APBD tahun anggaran 2025 disahkan", text: "tahun anggaran 2025", value: "2025", precision: "year", implied: [], ruleId: "date.year-cue" },
    // relative to the reference date
    { input: "penghargaan BKN Award tahun ini, diumumkan", text: "tahun ini", value: "2023", precision: "year", implied: ["year"], ruleId: "date.relative" },
    { input: "dibanding tahun lalu", text: "tahun lalu", value: "2022", precision: "year", implied: ["year"], ruleId: "date.relative" },
    { input: "dilanjutkan tahun depan", text: "tahun depan", value: "2024", precision: "year", implied: ["year"], ruleId: "date.relative" },
    { input: "tiba kemarin sore", text: "kemarin", value: "2023-06-09", precision: "day", implied: ["year", "month", "day"], ruleId: "date.relative" },
    { input: "dibuka besok pagi", text: "besok", value: "2023-06-11", precision: "day", implied: ["year", "month", "day"], ruleId: "date.relative" },
    { input: "hilang dua hari lalu", text: "dua hari lalu", value: "2023-06-08", precision: "day", implied: ["year", "month", "day"], ruleId: "date.relative" },
    { input: "dilantik tiga hari lagi", text: "tiga hari lagi", value: "2023-06-13", precision: "day", implied: ["year", "month", "day"], ruleId: "date.relative" },
    // a week is not a day: only its month
    { input: "tiba di Madinah pekan lalu.", text: "pekan lalu", value: "2023-06", precision: "month", implied: ["year", "month"], ruleId: "date.relative" },
    { input: "bertemu bulan lalu", text: "bulan lalu", value: "2023-05", precision: "month", implied: ["year", "month"], ruleId: "date.relative" },
    // a weekday alone: the latest such day on or before the anchor
    { input: "kata Sholeh di Asrama Haji, Kamis.", text: "Kamis", value: "2023-06-08", precision: "day", implied: ["year", "month", "day"], ruleId: "date.weekday" },
    { input: "kata dia di Surabaya, Sabtu.", text: "Sabtu", value: "2023-06-10", precision: "day", implied: ["year", "month", "day"], ruleId: "date.weekday" },
    { input: "air masuk sejak Rabu lalu", text: "Rabu lalu", value: "2023-06-07", precision: "day", implied: ["year", "month", "day"], ruleId: "date.weekday" },
  ])("$input -> $value", (row) => {
    expect(extract(row.input, row.referenceDate ?? REFERENCE)).toEqual([expected(row)]);
  });
});

describe("relatives counted from the event just dated (fixtures/blind-9, blind-10)", () => {
  test("'sebelumnya', 'kemudian' count from the full date right before, at their own precision; a week before a day is a day", () => {
    const text =
      "Rapat digelar di Gedung DPRD, Senin (30/11/2026). Dua hari sebelumnya, warga berdoa bersama. " +
      "Banjir memuncak pada Minggu (7/9/2025) lalu. Hujan mengguyur sejak sepekan sebelumnya. Tiga hari kemudian air surut. " +
      "Inflasi Februari 2026 naik dibanding kondisi setahun sebelumnya.";
    expect(extract(text, "2026-12-01").map((m) => [m.text, m.value, m.precision])).toEqual([
      ["Senin (30/11/2026)", "2026-11-30", "day"],
      ["Dua hari sebelumnya", "2026-11-28", "day"],
      ["Minggu (7/9/2025)", "2025-09-07", "day"],
      ["sepekan sebelumnya", "2025-08-31", "day"],
      ["Tiga hari kemudian", "2025-09-10", "day"],
      ["Februari 2026", "2026-02", "month"],
      ["setahun sebelumnya", "2025", "year"],
    ]);
  });

  test("'tahun sebelumnya', 'bulan sebelumnya': the unit before the time just named (fixtures/blind-10)", () => {
    const text = "Koperasi itu mencatat omzet Rp14,6 miliar pada 2025, naik 35 persen dari tahun sebelumnya. NTP Riau Juni 2024 naik 2,07 persen dibanding bulan sebelumnya.";
    expect(extract(text, "2026-12-03").map((m) => [m.text, m.value, m.precision])).toEqual([
      ["pada 2025", "2025", "year"],
      ["tahun sebelumnya", "2024", "year"],
      ["Juni 2024", "2024-06", "month"],
      ["bulan sebelumnya", "2024-05", "month"],
    ]);
  });

  test("a weekday dates the event too; a week or a year said relatively does not (fixtures/blind-14)", () => {
    const text = "Menurut Dimas, rob besar pada Senin itu sudah didahului genangan kecil tiga hari sebelumnya. Pekan lalu hujan turun. Dua hari kemudian angin kencang.";
    expect(extract(text, "2026-12-02").map((m) => [m.text, m.value])).toEqual([
      ["pada Senin", "2026-11-30"],
      ["tiga hari sebelumnya", "2026-11-27"],
      ["Pekan lalu", "2026-11"],
      ["Dua hari kemudian", "2026-12-04"],
    ]);
  });

  test("a date far before is not the event: the relative counts from the anchor", () => {
    const text = `Kapal tenggelam Senin (12/1/2026). ${"Petugas terus mencari korban di perairan itu. ".repeat(6)}"Peringatan dini keluar dua hari sebelumnya," ujarnya.`;
    expect(extract(text, "2026-01-13").at(-1)).toMatchObject({ text: "dua hari sebelumnya", value: "2026-01-11" });
  });
});

describe("missing years", () => {
  test.each<Row>([
    // the weekday picks the year: the reference year does not fit, the nearest one that does
    { input: "kata dia, Senin (5/6).", text: "Senin (5/6)", value: "2023-06-05", precision: "day", implied: ["year"], ruleId: "date.weekday-slash", referenceDate: "2024-01-10" },
    // no reference: the years the article names, even in names
    { input: "juara BKN Award 2023, kata dia Senin (5/6).", text: "Senin (5/6)", value: "2023-06-05", precision: "day", implied: ["year"], ruleId: "date.weekday-slash", referenceDate: null },
    { input: "Bangkom Award 2023 diserahkan pada 30 Mei.", text: "30 Mei", value: "2023-05-30", precision: "day", implied: ["year"], ruleId: "date.day-month-name", referenceDate: null },
    // 5 June 2022 was a Sunday, 2021 a Saturday: the nearest year that fits is 2023
    { input: "Piala 2022 digelar lagi Senin (5/6).", text: "Senin (5/6)", value: "2023-06-05", precision: "day", implied: ["year"], ruleId: "date.weekday-slash", referenceDate: null },
  ])("$input ($referenceDate) -> $value", (row) => {
    expect(extract(row.input, row.referenceDate ?? null)).toEqual([expected(row)]);
  });

  // 5 June was a Monday in both 2017 and 2023
  const twoFits = "Program 2017 dievaluasi pada Rakor 2023 dan Forum 2023, Senin (5/6).";
  test("among years that fit the weekday, the one named most", () => {
    expect(extract(twoFits, null).map((m) => m.value)).toEqual(["2023-06-05"]);
  });
  test("among years that fit the weekday, the reference year first", () => {
    expect(extract(twoFits, "2017-07-01").map((m) => m.value)).toEqual(["2017-06-05"]);
  });

  test("without a reference the anchor is the article's full date", () => {
    const text = "Acara digelar Senin (14/8/2023). Kemarin, besok, dua hari lalu dan tahun ini.";
    expect(extract(text, null).map((m) => [m.text, m.value])).toEqual([
      ["Senin (14/8/2023)", "2023-08-14"],
      ["Kemarin", "2023-08-13"],
      ["besok", "2023-08-15"],
      ["dua hari lalu", "2023-08-12"],
      ["tahun ini", "2023"],
    ]);
  });

  test("the anchor pass finds a full date made by merging a weekday into a year-less date", () => {
    // "Senin, 14 Agustus": the weekday parser's result merged into the month-name one; of the years named, 2023 fits.
    const text = "Upacara HUT RI 2023 digelar Senin, 14 Agustus, di lapangan. Dua hari lalu gladi bersih.";
    expect(extract(text, null).map((m) => [m.text, m.value])).toEqual([
      ["Senin, 14 Agustus", "2023-08-14"],
      ["Dua hari lalu", "2023-08-12"],
    ]);
  });

  test("the anchor pass runs only the rules it names, and names only rules that exist", () => {
    const { anchor, full } = createDateChronos(dateRules);
    expect(anchor.parsers.length).toBe(dateRules.anchorPassRules.length);
    expect(anchor.parsers.every((parser) => full.parsers.includes(parser))).toBe(true);
    expect(() => createDateChronos({ ...dateRules, anchorPassRules: ["date.no-such-rule"] })).toThrow(/date\.no-such-rule/);
  });

  test("a date planned days after the news peg does not anchor the article", () => {
    const text =
      "Jemaah diberangkatkan Kamis, 23 Mei 2024. Mereka dijadwalkan ke Makkah pada Selasa (28/5). Adapun kemarin, dua kloter berangkat, kata dia, Kamis.";
    expect(extract(text, null).map((m) => [m.text, m.value])).toEqual([
      ["Kamis, 23 Mei 2024", "2024-05-23"],
      ["Selasa (28/5)", "2024-05-28"],
      ["kemarin", "2024-05-22"],
      ["Kamis", "2024-05-23"],
    ]);
  });

  test("a range gives both ends, the first taking the year the second states", () => {
    const text = "status tanggap darurat mulai 14 Maret hingga 27 Maret 2024.";
    expect(extract(text, REFERENCE).map((m) => [m.text, m.value, m.implied])).toEqual([
      ["14 Maret", "2024-03-14", ["year"]],
      ["27 Maret 2024", "2024-03-27", []],
    ]);
    expect(extract("libur 5-7 Januari 2024", REFERENCE).map((m) => [m.text, m.value])).toEqual([
      ["5-7 Januari 2024", "2024-01-05"],
      ["5-7 Januari 2024", "2024-01-07"],
    ]);
  });
});

/** The seed articles as published, "Baca juga" lines and "Artikel Terkait" list included (/work/shared/seed-fixtures). */
const KOMPAS_BANGKOM = `KOMPAS.com - Kota Semarang dinobatkan sebagai Kota Terbaik untuk kategori Penyelenggaraan Pengembangan Kompetensi ( Bangkom) Aparatur Sipil Negara (ASN) se-Jawa Tengah (Jateng) Tahun 2023.
Wali Kota (Walkot) Semarang Hevearita Gunaryanti Rahayu mengaku bersyukur atas penghargaan tahunan bertajuk Bangkom Jateng Award 2023 tersebut.
“Alhamdulillah kota Semarang menjadi yang terbaik untuk satu kategori pemerintah daerah,” ujar walkot yang akrab disapa Mbak Ita itu.
Dia mengatakan itu usai menerima penghargaan yang diserahkan Gubernur Jateng Ganjar Pranowo itu di Gedung Sasana Widya Praja BPSDMD, Senin (14/8/2023).
Mbak Ita mengatakan, apresiasi tersebut dapat menjadi pendorong dalam meningkatkan kualitas dan kompetensi sumber daya ASN, khususnya di Kota Semarang.
Baca juga: Antisipasi Banjir, Pemkot Semarang Gencar Lakukan Pengerukan Sedimen Sungai dan Pembersihan Sampah
“Tentu ini menjadi pendorong untuk kita bisa lebih baik karena ini kaitannya untuk peningkatan sumber daya ASN. Tidak hanya dari segi smart-nya atau digitalisasinya, tapi betul-betul diimplementasikan,” ujarnya dalam siaran pers.
Lebih lanjut, walkot perempuan pertama di Kota Semarang itu berharap, Kota Semarang dapat mempertahankan prestasi tersebut.
“Ssemoga bisa terus menerus, karena pastinya kabupaten dan kota lainnya memiliki program-program yang luar biasa,” ungkapnya.
Penghargaan Bangkom Jateng Award tersebut memiliki tiga kategori, yaitu Widyaiswara dan Fasilitator Terbaik, Lembaga Organisasi Perangkat Daerah (OPD) Penyelenggara Bangkom Terbaik, dan Kabupaten/Kota Penyelenggara Bangkom Terbaik.
Kabupaten/kota yang juga masuk dalam enam besar Penyelenggara Bangkom Terbaik di Jateng 2023 selain Kota Semarang adalah Kabupaten Purworejo, Kabupaten Cilacap, Kota Surakarta, Kabupaten Demak, dan Kabupaten Tegal.
Baca juga: Cegah Banjir, Pemkot Semarang Bersihkan Timbunan Sampah yang Sumbat Aliran Sungai
Adapun Bangkom Jateng Award bertema “Akselerasi Pengembangan Kompetensi Mewujudkan ASN dengan Kinerja Berdampak" itu merupakan kegiatan bergengsi yang diadakan setiap tahun.
Sebelumnya, ajang ini bernama Badan Pengembangan Sumber Daya Manusia Daerah (BPSDMD) Jateng Award.`;

const RADARCIANJUR_BKN = `RADARCIANJUR.com - Berbagai prestasi gemilang terus digulirkan Provinsi Jawa Timur. Kali ini, Pemerintah Provinsi (Pemprov) maupun Pemerintah Kabupaten/Kota se-Jatim, berhasil memborong 39 penghargaan dari berbagai kategori dalam ajang Badan Kepegawaian Negara (BKN) Award 2023.
Bertemakan "Talent Management 2030 Smart, Agile dan Empathy", penghargaan BKN Award tahun ini, diumumkan dalam Rapat Koordinasi Nasional (Rakornas) Kepegawaian 2023 di Kota Bandung pada 30 Mei lalu.
Khusus untuk Pemprov Jatim, penghargaan yang diraih sebanyak lima kategori. Antara lain peringkat I kategori utama Implementasi NSPK Manajemen ASN terbaik pada kategori Pemprov tipe besar, dan Peringkat I Pengembangan Kompetensi ASN.
Selain itu, Pemprov Jatim juga menempati Peringkat II Penerapan Pemanfaatan Data Sistem Informasi dan CAT, Peringkat V kategori Perencanaan Kebutuhan dan Mutasi Pegawai dan Peringkat V kategori Implementasi Penerapan Manajemen Kinerja ASN kategori Pemprov tipe besar.
Istimewanya, selain lima penghargaan yang diraih Pemprov Jatim, pemerintah kabupaten/ kota se Jatim juga meraih 34 penghargaan dari berbagai kategori.
Baca Juga: Gubernur Khofifah Optimis Neraca Perdagangan dan Investasi Hongkong di Jatim Melejit
Atas raihan prestasi membanggakan ini, Gubernur Jawa Timur Khofifah Indar Parawansa menyampaikan rasa syukur dan bangganya.
Menurutnya, ini merupakan bentuk upaya nyata guna mewujudkan manajemen kepegawaian yang kompeten sesuai kualifikasi yang dibutuhkan sehingga mampu memberikan performa terbaik untuk melayani masyarakat.
"Alhamdulillah, Pemprov dan Pemkab/ Pemkot se-Jatim berhasil memborong 39 penghargaan pada BKN Award 2023. Lima penghargaan berhasil diraih Pemprov, dan 34 lainnya diraih kabupaten/kota se Jatim," ungkap Gubernur Khofifah di Gedung Negara Grahadi, Surabaya, Senin (5/6).
"Begitu juga untuk kabupaten/kota di Jatim yang menerima penghargaan, saya ucapkan selamat dan makin sukses dalam mewujudkan kepegawaian yang inovatif dan produktif di wilayahnya masing-masing," imbuhnya.
Atas berbagai capaian tersebut, Gubernur Khofifah mengaku hal ini menjadi capaian yang patut disyukuri mengingat penghargaan yg diperoleh Jawa Timur terus mengalami peningkatan dari tahun ke tahun.
Pada tahun 2021 total penghargaan BKN Award yang diterima Pemprov dan Pemkab/Pemko se Jatim hanya sebanyak 11 penghargaan. Sementara, pada tahun 2022 meningkat menjadi 32 penghargaan.
"Jadi dengan Pemprov yang meraih 5 penghargaan dan 34 penghargaan untuk kabupaten/kota, ini hasil yang sangat membanggakan. Karena ini bukti bahwa kami terus berusaha meningkatkan manajeman ASN setiap tahunnya," terang Khofifah.
Gubernur perempuan pertama Jatim itu juga mengatakan, dibutuhkan pengelolaan manajemen pegawai sesuai kualifikasi dan kompetensinya. Sehingga, pelayanan masyarakat dapat terus ditingkatkan melalui berbagai cara, seperti rotasi maupun mutasi pegawai.
Artikel Terkait
Kapolri Sigit Buka Suara Soal Penangkapan Kapolda Jatim
Ketum PSSI Iwan Bule Kembali Diperiksa Polda Jatim
64 Ribu Tiket Kereta Api Tujuan Jateng-Jatim Sudah Ludes
Pecah Rekor, Misi Dagang dan Investasi Jatim di Hong Kong Sukses Catatkan Komitmen Transaksi Rp. 1,101 Triliun
Gubernur Khofifah Optimis Neraca Perdagangan dan Investasi Hongkong di Jatim Melejit`;

/** The article text only: cut before "Artikel Terkait", without the "Baca juga" lines. */
function articleBody(page: string): string {
  const [body = ""] = page.split("\nArtikel Terkait");
  return body
    .split("\n")
    .filter((line) => !/^baca juga:/i.test(line))
    .join("\n");
}

describe("seed articles, no reference date", () => {
  test.each([
    { name: "kompas-bangkom-jateng-2023", page: KOMPAS_BANGKOM, required: ["2023-08-14", "2023"], optional: [] },
    { name: "radarcianjur-bkn-award-jatim-2023", page: RADARCIANJUR_BKN, required: ["2023-05-30", "2023-06-05", "2021", "2022"], optional: ["2023"] },
  ])("$name: exactly the gold dates", ({ page, required, optional }) => {
    const values = new Set(parseIndonesianDates(articleBody(page), { referenceDate: null }).map((m) => m.value));
    expect([...values].filter((value) => !required.includes(value) && !optional.includes(value))).toEqual([]);
    expect(required.filter((value) => !values.has(value))).toEqual([]);
  });

  test("spans index into the text", () => {
    const body = articleBody(RADARCIANJUR_BKN);
    for (const mention of parseIndonesianDates(body, { referenceDate: null })) {
      expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(parseIndonesianDates(body, { referenceDate: null }).map((m) => m.text)).toEqual([
      "tahun ini",
      "30 Mei lalu",
      "Senin (5/6)",
      "Pada tahun 2021",
      "pada tahun 2022",
    ]);
  });
});

test("a range's first end takes the year its second states, a period word between ('Januari hingga awal September 2024')", () => {
  const values = extract("tercatat 87 kebakaran sejak Januari hingga awal September 2024.", null).map((m) => m.value);
  expect(values).toEqual(["2024-01", "2024-09"]);
});

test("a year alone stays a year when the reference date is 29 February", () => {
  const values = parseIndonesianDates("Kota Baubau, yang pada 2022 sempat menetapkan status KLB.", { referenceDate: "2024-02-29" }).map((m) => m.value);
  expect(values).toEqual(["2022"]);
});
