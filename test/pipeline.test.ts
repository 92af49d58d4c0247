import { expect, test } from "vitest";
import { articleId, processArticle } from "../src/pipeline.ts";
import type { RawArticle } from "../src/types.ts";

const article = (body: string, extra: Partial<RawArticle> = {}): RawArticle => ({ source: { uri: "x.txt" }, format: "txt", body, notes: [], ...extra });

test("an article that is only boilerplate is an error entry of the clean stage, not an empty record", () => {
  const result = processArticle(article("Baca juga: Banjir Demak Meluas\nADVERTISEMENT\nEditor: Budi"));
  expect(result).toEqual({ ok: false, error: { source: { uri: "x.txt" }, stage: "clean", message: "no article text left after cleaning" } });
});

test("the publication date anchors relative dates; --reference-date only when there is none", () => {
  const body = "Jakarta (ANTARA) - Bantuan tiba kemarin.";
  const published = processArticle(article(body, { published: "2024-05-07T10:00:00+07:00" }), { referenceDate: "2020-01-01" });
  const referenced = processArticle(article(body), { referenceDate: "2020-01-01" });
  expect(published.ok && published.record.dates.map((d) => d.value)).toEqual(["2024-05-06"]);
  expect(referenced.ok && referenced.record.dates.map((d) => d.value)).toEqual(["2019-12-31"]);
});

test("a page's own timestamp above its dateline is its publication date, and anchors relative dates before --reference-date", () => {
  const body = "Banjir Terjang Bima\nOleh Arfandi pada 17 Feb 2026, 19:42 WIB\nWarga membersihkan lumpur, Senin (16/2/2026). (Liputan6.com/Arfandi)\nLiputan6.com, Bima - Bantuan tiba kemarin.";
  const result = processArticle(article(body), { referenceDate: "2020-01-01" });
  expect(result.ok && result.record.published).toBe("2026-02-17");
  expect(result.ok && result.record.text).toBe("Liputan6.com, Bima - Bantuan tiba kemarin.");
  expect(result.ok && result.record.dates.map((d) => d.value)).toEqual(["2026-02-16"]);
});

test("the id is the input's own id when it has one, else a stable hash of source and body", () => {
  expect(articleId(article("Isi.", { inputId: "kompas-1" }))).toBe("kompas-1");
  expect(articleId(article("Isi."))).toBe(articleId(article("Isi.")));
  expect(articleId(article("Isi."))).not.toBe(articleId(article("Isi lain.")));
});

test("a person's name is not a place: 'kata Darwin' is the police officer, not Darwin in Australia", () => {
  const result = processArticle(article('Kasat Resnarkoba Polres Langkat AKP Darwin Sembiring menjelaskan kasus itu di Stabat. "Kami terus memburu," kata Darwin.'));
  expect(result.ok && result.record.officials.map((o) => o.name)).toEqual(["Darwin Sembiring"]);
  expect(result.ok && result.record.places.map((p) => p.name)).not.toContain("Darwin");
});
