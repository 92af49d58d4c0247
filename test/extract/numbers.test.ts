import { describe, expect, test } from "vitest";
import { digitsToDecimal, isNumberWord, parseIndonesianNumber, readNumber } from "../../src/extract/numbers.ts";

describe("parseIndonesianNumber reads", () => {
  test.each([
    // digits with Indonesian separators
    { text: "0", value: 0 },
    { text: "39", value: 39 },
    { text: "1.250", value: 1250 },
    { text: "500.000", value: 500000 },
    { text: "1.250.000", value: 1250000 },
    { text: "2,5", value: 2.5 },
    { text: "1,101", value: 1.101 },
    { text: "1.250,75", value: 1250.75 },
    { text: "0,5", value: 0.5 },
    // number words
    { text: "nol", value: 0 },
    { text: "satu", value: 1 },
    { text: "lima", value: 5 },
    { text: "sembilan", value: 9 },
    { text: "sepuluh", value: 10 },
    { text: "sebelas", value: 11 },
    { text: "dua belas", value: 12 },
    { text: "sembilan belas", value: 19 },
    { text: "dua puluh", value: 20 },
    { text: "dua puluh tiga", value: 23 },
    { text: "Dua puluh tiga", value: 23 },
    { text: "seratus", value: 100 },
    { text: "seratus satu", value: 101 },
    { text: "dua ratus sebelas", value: 211 },
    { text: "tiga ratus dua puluh lima", value: 325 },
    { text: "seribu", value: 1000 },
    { text: "sepuluh ribu", value: 10000 },
    { text: "seratus ribu", value: 100000 },
    { text: "tiga ratus dua puluh lima ribu", value: 325000 },
    { text: "sejuta", value: 1_000_000 },
    { text: "satu juta dua ratus ribu", value: 1_200_000 },
    { text: "semiliar", value: 1_000_000_000 },
    { text: "dua triliun", value: 2_000_000_000_000 },
    { text: "sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan", value: 999_999 },
    // digits with a scale word
    { text: "2 ribu", value: 2000 },
    { text: "1,5 juta", value: 1_500_000 },
    { text: "2,5 miliar", value: 2_500_000_000 },
    { text: "412,5 miliar", value: 412_500_000_000 },
    { text: "1,101 Triliun", value: 1_101_000_000_000 },
    { text: "  7  ", value: 7 },
  ])("$text = $value", ({ text, value }) => {
    expect(parseIndonesianNumber(text)).toBe(value);
  });
});

describe("parseIndonesianNumber refuses", () => {
  test.each([
    { text: "", why: "nothing" },
    { text: "se", why: "the bare one-prefix" },
    { text: "puluh", why: "a group word with no digit" },
    { text: "ribu", why: "a scale word with no digit" },
    { text: "dua tiga", why: "two digits in a row" },
    { text: "dua puluh ratus", why: "places going up" },
    { text: "sebelas satu", why: "a digit after a teen" },
    { text: "seribu seribu", why: "a scale repeated" },
    { text: "ribu juta", why: "scales without digits" },
    { text: "2 sejuta", why: "digits before a se- scale" },
    { text: "2 puluh", why: "digits before a group word" },
    { text: "14.30", why: "a clock time (dots must group thousands)" },
    { text: "1.2.3", why: "dots not grouping thousands" },
    { text: "1.2500", why: "a group of four" },
    { text: "1,2,3", why: "two commas" },
    { text: "kategori", why: "a noun" },
    { text: "lima kategori", why: "a number and a noun" },
    { text: "7".repeat(400), why: "a value too large for a number" },
  ])("$text ($why)", ({ text }) => {
    expect(parseIndonesianNumber(text)).toBeNull();
  });
});

describe("readNumber", () => {
  test.each([
    { words: ["lima", "kategori"], value: 5, taken: 1 },
    { words: ["dua", "puluh", "tiga", "provinsi"], value: 23, taken: 3 },
    { words: ["satu", "satu", "satu"], value: 1, taken: 1 },
    { words: ["1,5", "juta", "jiwa"], value: 1_500_000, taken: 2 },
    { words: ["39", "penghargaan"], value: 39, taken: 1 },
    { words: ["seribu", "seribu"], value: 1000, taken: 1 },
  ])("takes the longest number from $words", ({ words, value, taken }) => {
    expect(readNumber(words)).toEqual({ value, words: taken });
  });

  test("returns null when the first word starts no number", () => {
    expect(readNumber(["kategori", "lima"])).toBeNull();
    expect(readNumber([])).toBeNull();
  });

  test("takes words lazily, stopping at the first that cannot continue the number", () => {
    const seen: string[] = [];
    function* words() {
      for (const word of ["tiga", "ratus", "orang", "dua", "puluh"]) {
        seen.push(word);
        yield word;
      }
    }
    expect(readNumber(words())).toEqual({ value: 300, words: 2 });
    expect(seen).toEqual(["tiga", "ratus", "orang"]);
  });
});

describe("digitsToDecimal", () => {
  test.each([
    { written: "1.250", decimal: "1250" },
    { written: "2,5", decimal: "2.5" },
    { written: "1.250,75", decimal: "1250.75" },
    { written: "2023", decimal: "2023" },
    { written: "08.00", decimal: null },
    { written: "2,", decimal: null },
  ])("$written -> $decimal", ({ written, decimal }) => {
    expect(digitsToDecimal(written)).toBe(decimal);
  });
});

test.each([
  { word: "Lima", known: true },
  { word: "seratus", known: true },
  { word: "belas", known: true },
  { word: "sebanyak", known: false },
  { word: "se", known: false },
  { word: "kedua", known: false },
])("isNumberWord($word) is $known", ({ word, known }) => {
  expect(isNumberWord(word)).toBe(known);
});
