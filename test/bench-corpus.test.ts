import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { generateCorpus } from "../bench/corpus.ts";
import { parseJsonlLine } from "../src/load/article.ts";
import { loadInputs } from "../src/load/index.ts";
import { newReadStats } from "../src/load/units.ts";
import { PROJECT_ROOT } from "../src/paths.mjs";

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

test("the corpus as a WARC archive: every article is read back from its page, with its title, publication date and text", async () => {
  const dir = mkdtempSync(join(tmpdir(), "warta-corpus-warc-"));
  const path = join(dir, "corpus.warc.gz");
  const run = spawnSync(process.execPath, ["--import", "tsx", "bench/write-corpus.ts", "--articles", "60", "--seed", "3", "-o", path], { cwd: PROJECT_ROOT, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  const stats = newReadStats();
  const articles = [];
  for await (const loaded of loadInputs([path], stats)) {
    expect(loaded.ok, loaded.ok ? "" : loaded.error.message).toBe(true);
    if (loaded.ok) articles.push(loaded.article);
  }
  expect(stats.skippedRecords).toEqual({ "request record": 60 });
  expect(articles.map((a) => a.source.uri)).toEqual(corpus.map((item) => `https://bench.warta.example/${item.id}`));
  for (const [i, item] of corpus.entries()) {
    if (item.text === undefined) continue;
    const article = articles[i]!;
    expect(article.title).toBe(item.title);
    expect(article.published).toBe(item.published);
    // The page's paragraphs are the text's lines.
    expect(article.body.split("\n").filter(Boolean)).toEqual(item.text.split("\n").map((l) => l.trim()).filter(Boolean));
  }
});
