import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { countsExtractor } from "../../src/extract/counts.ts";
import type { CountMention, Span } from "../../src/types.ts";
import { makeContext } from "../helpers/context.ts";

function extract(text: string, excluded: Span[] = []): CountMention[] {
  return countsExtractor.extract(makeContext(text, { excluded }));
}

/** The mention's own fields, for comparing with a table row. */
function summary(mention: CountMention): { text: string; value: number; unit: string; ruleId: string } {
  return { text: mention.text, value: mention.value, unit: mention.unit, ruleId: mention.ruleId };
}

test("the extractor is named counts", () => {
  expect(countsExtractor.name).toBe("counts");
});

describe("counts found", () => {
  test.each([
    // a number in digits and its noun
    { input: "berhasil memborong 39 penghargaan dari berbagai kategori", text: "39 penghargaan", value: 39, unit: "penghargaan", ruleId: "count.digits-noun" },
    { input: "kini ada 34 penghargaannya.", text: "34 penghargaannya", value: 34, unit: "penghargaan", ruleId: "count.digits-noun" },
    { input: "diraih Pemprov, dan 34 lainnya diraih kabupaten", text: "34 lainnya", value: 34, unit: "lainnya", ruleId: "count.digits-noun" },
    { input: "diikuti 1.250 badan publik, mulai dari", text: "1.250 badan publik", value: 1250, unit: "badan publik", ruleId: "count.digits-noun" },
    { input: "terhadap 38 provinsi dan", text: "38 provinsi", value: 38, unit: "provinsi", ruleId: "count.digits-noun" },
    // a reduplicated word that is one word, not a plural (rules/count-units.json, wholeReduplications)
    { input: "terdiri atas 213.518 laki-laki dan", text: "213.518 laki-laki", value: 213518, unit: "laki-laki", ruleId: "count.digits-noun" },
    // multi-word nouns (rules/count-units.json, compoundNouns)
    { input: "menjaga dua mata air di hulu", text: "dua mata air", value: 2, unit: "mata air", ruleId: "count.words-noun" },
    { input: "turun di 41 cabang olahraga", text: "41 cabang olahraga", value: 41, unit: "cabang olahraga", ruleId: "count.digits-noun" },
    { input: "mengangkut 350 meter kubik lumpur dari saluran", text: "350 meter kubik", value: 350, unit: "meter kubik", ruleId: "count.digits-noun" },
    { input: "menabrak 2 angkutan kota yang terparkir", text: "2 angkutan kota", value: 2, unit: "angkutan kota", ruleId: "count.digits-noun" },
    { input: "kontingen itu membawa pulang 12 medali perak dari Palu", text: "12 medali perak", value: 12, unit: "medali perak", ruleId: "count.digits-noun" },
    { input: "api menghanguskan 17 sepeda motor warga", text: "17 sepeda motor", value: 17, unit: "sepeda motor", ruleId: "count.digits-noun" },
    { input: "melepas 40 kupu-kupu ke taman", text: "40 kupu-kupu", value: 40, unit: "kupu-kupu", ruleId: "count.digits-noun" },
    { input: "dan 514 kabupaten/kota di seluruh Indonesia", text: "514 kabupaten/kota", value: 514, unit: "kabupaten/kota", ruleId: "count.digits-noun" },
    { input: "mengolah sekitar 1.200 ton sampah", text: "1.200 ton", value: 1200, unit: "ton", ruleId: "count.digits-noun" },
    { input: "diberikan kepada 412 ASN di lingkungan", text: "412 ASN", value: 412, unit: "asn", ruleId: "count.digits-noun" },
    { input: "tercatat 20 siswa-siswa berprestasi", text: "20 siswa-siswa", value: 20, unit: "siswa", ruleId: "count.digits-noun" },
    { input: "ada 7 anak-anaknya di rumah", text: "7 anak-anaknya", value: 7, unit: "anak", ruleId: "count.digits-noun" },
    { input: "mengungsi sejauh 10km dari pantai", text: "10km", value: 10, unit: "km", ruleId: "count.digits-noun" },
    { input: "genangan setinggi 1,5 meter di", text: "1,5 meter", value: 1.5, unit: "meter", ruleId: "count.digits-noun" },
    { input: "sekitar 5,5 juta jiwa.", text: "5,5 juta jiwa", value: 5_500_000, unit: "jiwa", ruleId: "count.digits-noun" },
    { input: "sebanyak 2 ribu warga", text: "2 ribu warga", value: 2000, unit: "warga", ruleId: "count.digits-noun" },
    { input: "sebanyak 10 lebih peserta hadir", text: "10 lebih peserta", value: 10, unit: "peserta", ruleId: "count.digits-noun" },
    { input: "pemantauan selama 14 hari tanpa pemberitahuan", text: "14 hari", value: 14, unit: "hari", ruleId: "count.digits-noun" },
    { input: "layanan 24 jam.", text: "24 jam", value: 24, unit: "jam", ruleId: "count.digits-noun" },
    { input: "ada 5 sekolah baru", text: "5 sekolah", value: 5, unit: "sekolah", ruleId: "count.digits-noun" },
    // multi-word units from rules/count-units.json (NER-UGM validation sentences)
    { input: "konsumsi mencapai 46 juta kilo liter per tahun", text: "46 juta kilo liter", value: 46_000_000, unit: "kilo liter", ruleId: "count.digits-noun" },
    { input: "harga minyak 78,77 dolar AS per barel", text: "78,77 dolar AS", value: 78.77, unit: "dolar as", ruleId: "count.digits-noun" },
    // bound heads take the noun after them (rules/count-units.json boundHeads)
    { input: "diikuti 530 pemerintah daerah se-Indonesia", text: "530 pemerintah daerah", value: 530, unit: "pemerintah daerah", ruleId: "count.digits-noun" },
    { input: "dihadiri 150 calon investor asing", text: "150 calon investor", value: 150, unit: "calon investor", ruleId: "count.digits-noun" },
    { input: "disalurkan kepada 1.247 kelompok tani di OKU Timur", text: "1.247 kelompok tani", value: 1247, unit: "kelompok tani", ruleId: "count.digits-noun" },
    { input: "didukung 145 jaringan kantor di Sumbar", text: "145 jaringan kantor", value: 145, unit: "jaringan kantor", ruleId: "count.digits-noun" },
    // A counter word is the unit, whatever noun follows it (every gold set counts "unit" so).
    { input: "Sebanyak 32 unit mobil pemadam dikerahkan", text: "32 unit", value: 32, unit: "unit", ruleId: "count.digits-noun" },
    { input: "BPBD menurunkan dua unit perahu karet", text: "dua unit", value: 2, unit: "unit", ruleId: "count.words-noun" },
    { input: "diikuti 72 rumah sakit pemerintah", text: "72 rumah sakit", value: 72, unit: "rumah sakit", ruleId: "count.digits-noun" },
    // a verb after the noun is no part of it
    { input: "tercatat 31 pekerja meninggal dunia", text: "31 pekerja", value: 31, unit: "pekerja", ruleId: "count.digits-noun" },
    // a fraction where a digit word would be
    { input: "menyerap setengah juta ton setara beras", text: "setengah juta ton", value: 500_000, unit: "ton", ruleId: "count.words-noun" },
    { input: "baru padam dua setengah jam kemudian", text: "dua setengah jam", value: 2.5, unit: "jam", ruleId: "count.words-noun" },
    { input: "mengungsi dua setengah juta warga", text: "dua setengah juta warga", value: 2_500_000, unit: "warga", ruleId: "count.words-noun" },
    // "ke" apart from the number is the preposition "to", not an ordinal prefix
    { input: "bantuan keuangan ke 38 kabupaten/kota.", text: "38 kabupaten/kota", value: 38, unit: "kabupaten/kota", ruleId: "count.digits-noun" },
    // a four-digit number that is a quantity, not a year
    { input: "acara itu diikuti 2000 peserta dari", text: "2000 peserta", value: 2000, unit: "peserta", ruleId: "count.digits-noun" },
    { input: "Sebanyak 2000 peserta hadir.", text: "2000 peserta", value: 2000, unit: "peserta", ruleId: "count.digits-noun" },
    // number words
    { input: "penghargaan yang diraih sebanyak lima kategori.", text: "lima kategori", value: 5, unit: "kategori", ruleId: "count.words-noun" },
    { input: "Lima penghargaan berhasil diraih Pemprov", text: "Lima penghargaan", value: 5, unit: "penghargaan", ruleId: "count.words-noun" },
    { input: "yang terbaik untuk satu kategori pemerintah daerah", text: "satu kategori", value: 1, unit: "kategori", ruleId: "count.words-noun" },
    { input: "DIY meraih kategori Utama dua kali berturut-turut.", text: "dua kali", value: 2, unit: "kali", ruleId: "count.words-noun" },
    { input: "\"Dua puluh tiga provinsi sudah mencapai", text: "Dua puluh tiga provinsi", value: 23, unit: "provinsi", ruleId: "count.words-noun" },
    { input: "operasi pasar di dua belas kecamatan.", text: "dua belas kecamatan", value: 12, unit: "kecamatan", ruleId: "count.words-noun" },
    { input: "lebih dari seratus bank sampah aktif", text: "seratus bank sampah", value: 100, unit: "bank sampah", ruleId: "count.words-noun" },
    { input: "terbagi dalam sebelas kloter", text: "sebelas kloter", value: 11, unit: "kloter", ruleId: "count.words-noun" },
    { input: "menambah seribu kursi", text: "seribu kursi", value: 1000, unit: "kursi", ruleId: "count.words-noun" },
    { input: "untuk sejuta warga", text: "sejuta warga", value: 1_000_000, unit: "warga", ruleId: "count.words-noun" },
    { input: "sekitar tiga ratus dua puluh lima ribu jiwa", text: "tiga ratus dua puluh lima ribu jiwa", value: 325_000, unit: "jiwa", ruleId: "count.words-noun" },
    { input: "masuk dalam enam besar", text: "enam besar", value: 6, unit: "besar", ruleId: "count.words-noun" },
    // money: the value in rupiah, the number before its scale word
    { input: "menganggarkan Rp 2,5 miliar untuk", text: "Rp 2,5 miliar", value: 2_500_000_000, unit: "rupiah", ruleId: "count.rupiah" },
    { input: "mengalokasikan Rp150 juta untuk", text: "Rp150 juta", value: 150_000_000, unit: "rupiah", ruleId: "count.rupiah" },
    { input: "komitmen transaksi Rp. 1,101 Triliun", text: "Rp. 1,101 Triliun", value: 1_101_000_000_000, unit: "rupiah", ruleId: "count.rupiah" },
    { input: "biaya Rp 500.000 per orang", text: "Rp 500.000", value: 500_000, unit: "rupiah", ruleId: "count.rupiah" },
    { input: "biaya Rp 500.000,- per orang", text: "Rp 500.000", value: 500_000, unit: "rupiah", ruleId: "count.rupiah" },
    { input: "bantuan sebesar 500 ribu rupiah", text: "500 ribu rupiah", value: 500_000, unit: "rupiah", ruleId: "count.rupiah" },
    { input: "menganggarkan Rp 412,5 miliar", text: "Rp 412,5 miliar", value: 412_500_000_000, unit: "rupiah", ruleId: "count.rupiah" },
    // percentages
    { input: "terkendali di angka 2,5 persen secara tahunan", text: "2,5 persen", value: 2.5, unit: "persen", ruleId: "count.percent" },
    { input: "naik 15% dibanding tahun lalu", text: "15%", value: 15, unit: "persen", ruleId: "count.percent" },
    { input: "naik 15 % dibanding tahun lalu", text: "15 %", value: 15, unit: "persen", ruleId: "count.percent" },
    { input: "mencapai 98,7 persen atau", text: "98,7 persen", value: 98.7, unit: "persen", ruleId: "count.percent" },
    { input: "turun lima persen", text: "lima persen", value: 5, unit: "persen", ruleId: "count.percent" },
  ])("$text in '$input'", ({ input, text, value, unit, ruleId }) => {
    const found = extract(input);
    expect(found.map(summary)).toEqual([{ text, value, unit, ruleId }]);
    const [mention] = found;
    expect(mention?.start).toBe(input.indexOf(text));
    expect(mention?.end).toBe(input.indexOf(text) + text.length);
  });
});

describe("numbers in a coordinated list share the noun after the last one", () => {
  test.each([
    { input: "masing-masing 61 dan 54 kasus.", found: [["61", 61, "kasus"], ["54 kasus", 54, "kasus"]] },
    { input: "sebanyak 12, 15, dan 20 peserta", found: [["12", 12, "peserta"], ["15", 15, "peserta"], ["20 peserta", 20, "peserta"]] },
    { input: "tiga atau empat hari", found: [["tiga", 3, "hari"], ["empat hari", 4, "hari"]] },
    { input: "skor 2 dan 3 saja", found: [] },
  ])("$input", ({ input, found }) => {
    expect(extract(input).map((c) => [c.text, c.value, c.unit])).toEqual(found);
  });
});

describe("a part shares its whole's noun; a copula after a clause-opening number", () => {
  test.each([
    { input: "baru 214 dari sekitar 16.000 pasar rakyat", found: [["214", 214, "pasar"], ["16.000 pasar", 16000, "pasar"]] },
    { input: "sebanyak 3 dari 5 desa lolos", found: [["3", 3, "desa"], ["5 desa", 5, "desa"]] },
    { input: "Dari 1.147 orang itu, 1.093 adalah pedagang lama.", found: [["1.147 orang", 1147, "orang"], ["1.093 adalah pedagang", 1093, "pedagang"]] },
    // "di antaranya": a part of the whole counted just before counts its noun; a ranking's size is no whole.
    { input: "Dari 32 partai final, 11 di antaranya ditentukan juri.", found: [["32 partai", 32, "partai"], ["11", 11, "partai"]] },
    { input: "Bali menempatkan tujuh desa di 50 besar dan empat di antaranya menang.", found: [["tujuh desa", 7, "desa"], ["50 besar", 50, "besar"], ["empat", 4, "desa"]] },
    { input: "Hingga Senin, tercatat 137 orang mual. Sebanyak 46 di antaranya dirawat.", found: [["137 orang", 137, "orang"], ["46", 46, "orang"]] },
    // Across a sentence's end only when the part opens the next sentence: the whole here is "Warga", uncounted.
    { input: "Sebanyak 12 rumah rusak. Warga mengungsi ke balai desa, 40 di antaranya anak-anak.", found: [["12 rumah", 12, "rumah"]] },
    // Nouns joined by a slash, and a noun that only looks suffixed ("pelaku" is no "pela" + "-ku").
    { input: "menyasar 52.000 pelaku usaha di 38 pemerintah kabupaten/kota", found: [["52.000 pelaku usaha", 52000, "pelaku usaha"], ["38 pemerintah kabupaten/kota", 38, "pemerintah kabupaten/kota"]] },
    // A number after a noun is a label: "Kloter 52" is no count of "kloter".
    { input: "Kloter 52 merupakan kloter terakhir.", found: [] },
  ])("$input", ({ input, found }) => {
    expect(extract(input).map((c) => [c.text, c.value, c.unit])).toEqual(found);
  });
});

describe("the two ends of a range are each a count of its noun", () => {
  test.each([
    { input: "anak berusia 4-12 tahun", found: [["4", 4, "tahun"], ["12 tahun", 12, "tahun"]] },
    { input: "dirawat 4–5 hari", found: [["4", 4, "hari"], ["5 hari", 5, "hari"]] },
    { input: "dari Rp 12.000-Rp 15.000 per kilogram", found: [["Rp 12.000", 12000, "rupiah"], ["Rp 15.000", 15000, "rupiah"]] },
    { input: "sekitar 20 hingga 30 orang", found: [["20", 20, "orang"], ["30 orang", 30, "orang"]] },
    { input: "dua sampai tiga jam", found: [["dua", 2, "jam"], ["tiga jam", 3, "jam"]] },
    // A score, a phone number and a code are no ranges.
    { input: "menyamakan kedudukan menjadi 1-1 lewat sundulan", found: [] },
    { input: "hubungi 0812-3456-7890 setiap hari", found: [] },
    { input: "kode 12-34-56 berlaku", found: [] },
  ])("$input", ({ input, found }) => {
    expect(extract(input).map((c) => [c.text, c.value, c.unit])).toEqual(found);
  });
});

describe("not counts", () => {
  test.each([
    // ordinals
    { input: "merupakan yang ke-5 bagi DIY", why: "ordinal ke-5" },
    { input: "untuk ke-3 kalinya", why: "ordinal ke-3" },
    { input: "untuk ke 3 kalinya", why: "ordinal ke 3" },
    { input: "lebih rendah dibanding 2022 akibat kemarau", why: "a year after a comparison" },
    { input: "\"Demokrat calonnya 2014 ada. Kami ingin", why: "a year followed by a verb (NER-UGM validation sentence)" },
    { input: "Dari semua daerah, sembilan mengalami deflasi", why: "a verb after the number is not its noun" },
    { input: "untuk kesatu kalinya", why: "ordinal word kesatu" },
    { input: "HUT ke-53 Korpri", why: "ordinal in an anniversary" },
    { input: "walkot perempuan pertama di Kota Semarang", why: "ordinal word" },
    // ranks and labels
    { input: "meraih peringkat 5 nasional", why: "rank after peringkat" },
    { input: "menempati juara 2 kategori TPID", why: "rank after juara" },
    { input: "Juara 1 diraih Kota Padang Panjang", why: "rank after Juara" },
    { input: "masuk ranking 10 besar", why: "rank after ranking" },
    { input: "peringkat I kategori utama", why: "Roman numeral rank" },
    { input: "Peringkat II Penerapan Pemanfaatan Data", why: "Roman numeral rank" },
    { input: "Peringkat V kategori Perencanaan Kebutuhan", why: "Roman numeral rank" },
    { input: "Satyalancana Karya Satya XXX Tahun", why: "Roman numeral category" },
    { input: "UU Nomor 12 Tahun 2011", why: "law number and its year" },
    { input: "Perda No. 5 tahun ini", why: "number after No." },
    { input: "Pasal 5 ayat 2 undang-undang", why: "article and clause numbers" },
    { input: "di nomor 165 bagi pemerintah", why: "service number" },
    { input: "tinggal di RT 03 RW 05 desa itu", why: "neighbourhood codes" },
    { input: "kecelakaan di KM 57 arah Jakarta", why: "toll-road marker" },
    // clock times
    { input: "dimulai pukul 08.00 WIB", why: "clock time" },
    { input: "dimulai pukul 14.30 WIB", why: "clock time" },
    { input: "rapat pukul 10 pagi", why: "clock time after pukul" },
    { input: "datang jam 9 malam", why: "clock time after jam" },
    { input: "rapat 10:30 WIB", why: "clock time with a colon" },
    // years
    { input: "Pada tahun 2021 total penghargaan", why: "year after tahun" },
    { input: "pada tahun 2022 meningkat menjadi", why: "year after tahun" },
    { input: "penghargaan BKN Award 2023.", why: "year at a sentence end" },
    { input: "Kepegawaian 2023 di Kota Bandung", why: "year in a name" },
    { input: "Talent Management 2030 Smart, Agile", why: "year in a theme" },
    { input: "Kota Layak Anak (KLA) 2023 kategori Nindya", why: "year after an acronym" },
    { input: "di Jateng 2023 selain Kota Semarang", why: "year in a name" },
    { input: "inflasi pada Juli 2023 terkendali", why: "year after a month" },
    { input: "Jatim Expo 2024 resmi dibuka", why: "year in an event name" },
    { input: "musim haji 1445 Hijriah", why: "Hijri year" },
    // dates
    { input: "di Kota Bandung pada 30 Mei lalu", why: "day and month" },
    { input: "Gedung Negara Grahadi, Surabaya, Senin (5/6).", why: "day/month" },
    { input: "di Gedung Sasana Widya Praja BPSDMD, Senin (14/8/2023).", why: "day/month/year" },
    { input: "lahir pada 29 November 1971.", why: "birth date" },
    { input: "sejak 12 Juni lalu", why: "day and month" },
    { input: "periode 2019-2024 kepala daerah", why: "year range" },
    { input: "tahun 1990-an warga", why: "decade" },
    // phone numbers and codes
    { input: "hubungi 0812-3456-7890 untuk", why: "mobile number" },
    { input: "di nomor (021) 555-1234 warga", why: "landline" },
    { input: "melalui nomor pengaduan 0811-6600-1971.", why: "phone number holding a year" },
    { input: "hubungi +62 812 3456 7890 sekarang", why: "international phone number" },
    { input: "telepon 0812 3456 7890 warga", why: "phone number in groups" },
    { input: "pasien COVID-19 bertambah", why: "disease name" },
    { input: "KTT G20 negara maju", why: "letters glued before digits" },
    { input: "jaringan 5G warga desa", why: "letters glued after digits" },
    // scores
    { input: "menang 2-1 atas tim tamu", why: "score" },
    { input: "skor 2 banding 1 untuk tuan rumah", why: "score in words" },
    // phrases
    { input: "salah satu kendala adalah", why: "salah satu" },
    { input: "Salah satu pekerjaan rumah kami", why: "Salah satu" },
    { input: "salah satunya di Desa Sumberejo", why: "salah satunya" },
    { input: "satu-satunya daerah penerima", why: "satu-satunya" },
    { input: "satu per satu warga didata", why: "satu per satu" },
    // no noun after the number
    { input: "sebanyak 39.", why: "punctuation after" },
    { input: "antara 39 dan 40", why: "function words after" },
    { input: "Award 2023 tersebut", why: "function word after" },
    { input: "angka 2023 yang", why: "function word after" },
    { input: "sebanyak 5 lebih.", why: "a between-word with no noun" },
    { input: "Juara 1 hingga 3 masing-masing membawa pulang trofi", why: "'masing-masing' is each, no noun (fixtures/blind-12)" },
    { input: "pada 2023 sebanyak 39", why: "lead-in after a year, nothing after the number" },
    { input: "se-Jawa Tengah dan se Jatim", why: "se- is not one by itself" },
    // names
    { input: "guru SMA Negeri 1 Padang, Yusnidar", why: "school name" },
    { input: "di Jalan Pemuda 12 Semarang", why: "street address" },
    // malformed numbers
    { input: "sebanyak 1.2.3 desa", why: "dots that do not group thousands" },
    { input: "sebanyak 12.34 desa", why: "dots that do not group thousands" },
    { input: "Rp saja", why: "currency sign without a number" },
  ])("$input ($why)", ({ input }) => {
    expect(extract(input).map(summary)).toEqual([]);
  });

  test("a count overlapping context.excluded is skipped, the others are kept", () => {
    const input = "39 penghargaan dan 5 kategori";
    expect(extract(input, [{ start: 0, end: 2 }]).map((m) => m.text)).toEqual(["5 kategori"]);
    expect(extract(input, [{ start: 20, end: 21 }]).map((m) => m.text)).toEqual(["39 penghargaan"]);
  });

  test("a count next to a blocked phrase is kept", () => {
    expect(extract("salah satu dari 5 kategori").map((m) => m.text)).toEqual(["5 kategori"]);
  });
});

describe("mixed sentences", () => {
  test.each([
    {
      input: "Jadi dengan Pemprov yang meraih 5 penghargaan dan 34 penghargaan untuk kabupaten/kota, ini hasil yang sangat membanggakan.",
      texts: ["5 penghargaan", "34 penghargaan"],
    },
    {
      input: "Pada tahun 2021 total penghargaan BKN Award yang diterima hanya sebanyak 11 penghargaan. Sementara, pada tahun 2022 meningkat menjadi 32 penghargaan.",
      texts: ["11 penghargaan", "32 penghargaan"],
    },
    {
      input: "Korpri Award 2024. Juara 1 diraih Kota Padang Panjang, juara 2 Kabupaten Agam. Ketiganya menerima Rp 25 juta, Rp 20 juta, dan Rp 15 juta.",
      texts: ["Rp 25 juta", "Rp 20 juta", "Rp 15 juta"],
    },
    {
      input: "pengabdian 30 tahun, 20 tahun, atau 10 tahun tanpa cela di hadapan sekitar 1.500 peserta upacara",
      texts: ["30 tahun", "20 tahun", "10 tahun", "1.500 peserta"],
    },
    { input: "satu satu satu orang", texts: ["satu orang"] },
  ])("$texts", ({ input, texts }) => {
    const found = extract(input);
    expect(found.map((m) => m.text)).toEqual(texts);
    for (const mention of found) expect(input.slice(mention.start, mention.end)).toBe(mention.text);
  });
});

/**
 * The seed articles with their gold counts (shared/seed-fixtures beside the
 * repository). The cleaning stage drops "Baca juga" lines and everything from
 * "Artikel Terkait" on; this test does the same by hand.
 */
describe("seed articles", () => {
  const SEEDS = new URL("../../../shared/seed-fixtures/", import.meta.url);

  function cleaned(file: string): string {
    const raw = readFileSync(new URL(file, SEEDS), "utf8");
    const cut = raw.indexOf("\nArtikel Terkait");
    const body = cut === -1 ? raw : raw.slice(0, cut);
    return body
      .split("\n")
      .filter((line) => !/^Baca juga:/i.test(line))
      .join("\n");
  }

  interface GoldCount {
    value: number;
    unit: string;
    optional?: boolean;
  }

  function goldCounts(file: string): GoldCount[] {
    return (JSON.parse(readFileSync(new URL(file, SEEDS), "utf8")) as { counts: GoldCount[] }).counts;
  }

  test.each([
    {
      article: "kompas-bangkom-jateng-2023",
      expected: [
        { text: "satu kategori", value: 1, unit: "kategori" },
        { text: "tiga kategori", value: 3, unit: "kategori" },
        { text: "enam besar", value: 6, unit: "besar" },
      ],
    },
    {
      article: "radarcianjur-bkn-award-jatim-2023",
      expected: [
        { text: "39 penghargaan", value: 39, unit: "penghargaan" },
        { text: "lima kategori", value: 5, unit: "kategori" },
        { text: "lima penghargaan", value: 5, unit: "penghargaan" },
        { text: "34 penghargaan", value: 34, unit: "penghargaan" },
        { text: "39 penghargaan", value: 39, unit: "penghargaan" },
        { text: "Lima penghargaan", value: 5, unit: "penghargaan" },
        { text: "34 lainnya", value: 34, unit: "lainnya" },
        { text: "11 penghargaan", value: 11, unit: "penghargaan" },
        { text: "32 penghargaan", value: 32, unit: "penghargaan" },
        { text: "5 penghargaan", value: 5, unit: "penghargaan" },
        { text: "34 penghargaan", value: 34, unit: "penghargaan" },
      ],
    },
  ])("$article", ({ article, expected }) => {
    const text = cleaned(`${article}.txt`);
    const found = countsExtractor.extract(makeContext(text));
    expect(found.map(({ text: written, value, unit }) => ({ text: written, value, unit }))).toEqual(expected);

    // Each span is where its text is, and each occurrence is found once, in order.
    let from = 0;
    for (const mention of found) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.start).toBe(text.indexOf(mention.text, from));
      from = mention.end;
    }

    // Every required gold count is found and nothing outside the gold is.
    const key = (count: { value: number; unit: string }) => `${count.value} ${count.unit}`;
    const gold = goldCounts(`${article}.gold.json`);
    const foundKeys = new Set(found.map(key));
    for (const count of gold.filter((c) => c.optional !== true)) expect(foundKeys).toContain(key(count));
    const allowed = new Set(gold.map(key));
    for (const foundKey of foundKeys) expect(allowed).toContain(foundKey);
  });
});

describe("adversarial input finishes in linear time", () => {
  test.each([
    { name: "200,000 digits", text: "7".repeat(200_000) },
    { name: '"1." 100,000 times', text: "1.".repeat(100_000) },
    { name: '"1," 100,000 times', text: "1,".repeat(100_000) },
    { name: '"satu " 50,000 times', text: "satu ".repeat(50_000) },
    { name: '"seribu " 50,000 times', text: "seribu ".repeat(50_000) },
    { name: '"dua puluh " 50,000 times', text: "dua puluh ".repeat(50_000) },
    { name: '"Rp " 50,000 times', text: "Rp ".repeat(50_000) },
    { name: '"salah satu " 50,000 times', text: "salah satu ".repeat(50_000) },
    { name: '"1/" 100,000 times', text: "1/".repeat(100_000) },
    { name: "100,000 spaces", text: " ".repeat(100_000) },
    { name: "a number, 100,000 spaces, a word", text: `5${" ".repeat(100_000)}bank` },
    { name: "a long hyphenated noun", text: `5 a${"-a".repeat(100_000)}` },
  ])("$name", ({ text }) => {
    const started = performance.now();
    countsExtractor.extract(makeContext(text));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test("50,000 counts in a row are all found", () => {
    const started = performance.now();
    expect(extract("satu orang ".repeat(50_000))).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
