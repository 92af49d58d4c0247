import { describe, expect, test } from "vitest";
import { datesExtractor } from "../../src/extract/dates/index.ts";
import type { DateMention, Span } from "../../src/types.ts";
import { makeContext } from "../helpers/context.ts";

const REFERENCE = "2023-06-10";

function extract(text: string, referenceDate: string | null, excluded: Span[] = []): DateMention[] {
  return datesExtractor.extract(makeContext(text, { referenceDate, excluded }));
}

describe("not dates, even with a reference date", () => {
  test.each([
    // years that are part of a name or a theme
    "memborong 39 penghargaan dalam ajang BKN Award 2023.",
    "diumumkan dalam Rapat Koordinasi Nasional (Rakornas) Kepegawaian 2023 di Kota Bandung",
    "masuk dalam enam besar Penyelenggara Bangkom Terbaik di Jateng 2023 selain Kota Semarang",
    "laga pembuka Piala Presiden 2024 di Stadion",
    'Bertemakan "Talent Management 2030 Smart, Agile dan Empathy"',
    "menuju Indonesia Emas 2045.",
    "membuka musim Liga 1 2024/2025 dengan kemenangan",
    // law numbers, street and university names
    "sesuai UU Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
    "diatur dalam PP 94 Tahun 2021",
    "berkantor di Jalan 17 Agustus",
    "kuliah di Universitas 17 Agustus 1945 Surabaya",
    // a clock offset, not a day
    "api baru padam setengah jam kemudian",
    "tim tiba 30 menit kemudian",
    // a routine, not a date
    "memeriksa rumah warga setiap Jumat.",
    // a capitalized "Tahun" continuing a name inside a sentence
    "dinobatkan sebagai juara I Lomba Desa dan Kelurahan Tingkat Nasional Tahun 2024 kategori desa",
    // clock times
    "diterbangkan pukul 08.00 WIB",
    "laga dimulai pukul 19.00",
    "relawan berjaga pada pukul 06.30-07.30 WITA.",
    "antrean dibuka jam 07.15-09.45 setiap hari",
    // scores, fractions and counts that look like years
    "menang dengan skor 2/1 atas tamu",
    "hanya 1/2 bagian yang rampung, 3/4 sisanya",
    "unggul 2-1 atas PSIS",
    "didukung hingga 2000 orang relawan",
    "tahun 1990-an",
    // years of other calendars
    "menyambut tahun 1445 Hijriah",
    "perayaan Tahun Baru Saka 1946, tahun 1946 Saka",
    // durations and "now"
    "status siaga selama sepekan ke depan",
    "dalam 14 hari",
    "saat ini sudah surut",
    "sekarang warga kembali",
    // a year is never taken from the number alone
    "sebanyak 2023 peserta",
  ])("%s", (text) => {
    expect(extract(text, REFERENCE)).toEqual([]);
  });
});

describe("no anchor (no reference date, no full date in the text): nothing to count from", () => {
  test.each([
    "tiba kemarin sore",
    "tiba di Madinah pekan lalu",
    "penghargaan tahun ini diumumkan",
    "dibuka besok",
    "hilang dua hari lalu",
    "kata dia, Selasa.",
    // no year anywhere either: better no date than a wrong one
    "diumumkan pada 30 Mei lalu",
    "kata dia, Senin (5/6).",
    "dibuka tanggal 5/6",
  ])("%s", (text) => {
    expect(extract(text, null)).toEqual([]);
  });
});

test("excluded spans are not used", () => {
  const text = "Senin (5/6) - Gubernur hadir.";
  expect(extract(text, REFERENCE, [{ start: 0, end: 11 }])).toEqual([]);
});

test("an impossible date is no date", () => {
  expect(extract("kata dia, Rabu (31/6).", REFERENCE)).toEqual([]);
});

describe("adversarial input finishes in linear time", () => {
  test.each([
    { name: "100,000 digits and slashes", text: "1/2/".repeat(25_000) },
    { name: "100,000 digits", text: "9".repeat(100_000) },
    { name: '"Senin (" 20,000 times', text: "Senin (".repeat(20_000) },
    { name: "100,000 spaces", text: " ".repeat(100_000) },
    { name: "a month name, then 100,000 spaces", text: "30 Mei" + " ".repeat(100_000) + "lalu" },
    { name: "a weekday, then 100,000 spaces", text: "Senin" + " ".repeat(100_000) + "," },
    { name: "a year cue, then 100,000 spaces", text: "pada akhir tahun" + " ".repeat(100_000) + "x" },
    { name: "a law number, then 100,000 spaces", text: "Nomor 23" + " ".repeat(100_000) + "Tahun" },
  ])("$name", ({ text }) => {
    for (const referenceDate of [null, REFERENCE]) {
      const started = performance.now();
      extract(text, referenceDate);
      expect(performance.now() - started).toBeLessThan(3_000);
    }
  });
});
