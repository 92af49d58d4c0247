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
