/**
 * `npm run bench [-- --articles N]`: single-thread throughput of the
 * pipeline (clean -> segment -> extract -> resolve -> validate) over a
 * corpus made from the fixture articles, with per-stage cost from
 * timing each stage function on a sample. Reports
 * articles/s, MB/s, p50/p99 per article and peak RSS; writes the numbers to
 * output/bench.json so runs can be compared. Reported, never asserted.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { cleanArticle, offLimits } from "../src/clean/index.ts";
import { extractAwards } from "../src/extract/awards/index.ts";
import { countsExtractor } from "../src/extract/counts.ts";
import { datesExtractor } from "../src/extract/dates/index.ts";
import { officialsExtractor } from "../src/extract/officials/index.ts";
import { placesExtractor } from "../src/extract/places/index.ts";
import { extractQuotes } from "../src/extract/quotes/index.ts";
import { loadInputs } from "../src/load/index.ts";
import { processArticle } from "../src/pipeline.ts";
import { resolveOfficials } from "../src/resolve/officials.ts";
import { segment } from "../src/segment/index.ts";
import type { RawArticle } from "../src/types.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "20000" } } });
const target = Number(values.articles);

async function fixtureArticles(): Promise<RawArticle[]> {
  const articles: RawArticle[] = [];
  for await (const loaded of loadInputs(["fixtures/articles"])) if (loaded.ok) articles.push(loaded.article);
  return articles;
}

/** A deterministic corpus: the fixtures, each copy with its numbers shifted so no two texts are equal. */
function corpus(base: RawArticle[], size: number): RawArticle[] {
  return Array.from({ length: size }, (_, i) => {
    const a = base[i % base.length]!;
    const shift = Math.floor(i / base.length);
    const body = a.body.replace(/\b(\d{2,3})\b/g, (d) => String(Number(d) + (shift % 7)));
    return { ...a, source: { uri: `${a.source.uri}#${i}` }, body };
  });
}

function time(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const articles = corpus(await fixtureArticles(), target);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0);
for (const a of articles.slice(0, 200)) processArticle(a); // warm-up: JIT and rule tables

const perArticle: number[] = [];
const total = time(() => {
  for (const a of articles) perArticle.push(time(() => processArticle(a)));
});

const stages = { clean: 0, segment: 0, dates: 0, counts: 0, places: 0, officials: 0, awards: 0, quotes: 0 };
const sample = articles.slice(0, Math.min(articles.length, 5000));
for (const a of sample) {
  let clean!: ReturnType<typeof cleanArticle>;
  stages.clean += time(() => (clean = cleanArticle(a.body)));
  let segmentation!: ReturnType<typeof segment>;
  stages.segment += time(() => (segmentation = segment(clean.text)));
  const context = { text: clean.text, segmentation, referenceDate: null, excluded: offLimits(clean.dateline) };
  stages.dates += time(() => datesExtractor.extract(context));
  stages.counts += time(() => countsExtractor.extract(context));
  stages.places += time(() => placesExtractor.extract(context));
  let officials!: ReturnType<typeof officialsExtractor.extract>;
  stages.officials += time(() => (officials = officialsExtractor.extract(context)));
  stages.awards += time(() => extractAwards(context));
  const people = resolveOfficials(officials);
  stages.quotes += time(() => extractQuotes(context, people));
}

perArticle.sort((a, b) => a - b);
const pct = (p: number) => perArticle[Math.min(perArticle.length - 1, Math.floor(p * perArticle.length))]!;
const result = {
  articles: articles.length,
  megabytes: bytes / 1e6,
  seconds: total / 1000,
  articlesPerSecond: articles.length / (total / 1000),
  megabytesPerSecond: bytes / 1e6 / (total / 1000),
  p50ms: pct(0.5),
  p99ms: pct(0.99),
  peakRssMB: process.resourceUsage().maxRSS / 1024,
  stageMsPerArticle: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, v / sample.length])),
};
writeFileSync("output/bench.json", JSON.stringify(result, null, 1) + "\n");
console.log(
  `${result.articles} articles (${result.megabytes.toFixed(1)} MB) in ${result.seconds.toFixed(2)} s: ` +
    `${result.articlesPerSecond.toFixed(0)} articles/s, ${result.megabytesPerSecond.toFixed(2)} MB/s, ` +
    `p50 ${result.p50ms.toFixed(2)} ms, p99 ${result.p99ms.toFixed(2)} ms, peak RSS ${result.peakRssMB.toFixed(0)} MB`,
);
console.log("ms per article by stage:", Object.entries(result.stageMsPerArticle).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(", "));
