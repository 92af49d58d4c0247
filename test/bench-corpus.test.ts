import { expect, test } from "vitest";
import { generateCorpus } from "../bench/corpus.ts";
import { parseJsonlLine } from "../src/load/article.ts";

const corpus = await generateCorpus({ articles: 60, seed: 3 });

test("the benchmark corpus is the same for the same seed and differs for another", async () => {
  expect(await generateCorpus({ articles: 60, seed: 3 })).toEqual(corpus);
  expect(await generateCorpus({ articles: 60, seed: 4 })).not.toEqual(corpus);
});

test("every corpus item is a JSON Lines article the loader accepts, with a unique id", () => {
  for (const [i, item] of corpus.entries()) {
    const loaded = parseJsonlLine(JSON.stringify(item), "corpus.jsonl", i + 1);
    expect(loaded.ok, item.id).toBe(true);
    expect(loaded.ok && loaded.article.body.length).toBeGreaterThan(500);
  }
  expect(new Set(corpus.map((item) => item.id)).size).toBe(corpus.length);
});

test("a copy keeps its weekdays with its dates: dates move by whole weeks", () => {
  const copy = corpus.find((item) => item.id.endsWith("kompas-bangkom-jateng-2023"))?.text;
  const weekdaySlash = copy?.match(/(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d+)\/(\d+)\/(\d{4})\)/);
  expect(weekdaySlash).toBeTruthy();
  const [, weekday, day, month, year] = weekdaySlash!;
  const names = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
  expect(names[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()]).toBe(weekday);
});
