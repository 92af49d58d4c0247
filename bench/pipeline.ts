/**
 * `npm run bench [-- --articles N] [--seed S] [--compromise-sample N] [--chrono-sample N] [--warm-up N] [--baseline-warm-up N] [--json FILE]`
 *
 * One run, one thread, on the seeded corpus of bench/corpus.ts (JSON Lines
 * items, loaded as `npm run extract` loads them). The pipeline runs from its
 * esbuild bundle, as the commands run it (bench/bundled-pipeline.ts says
 * why), the baselines from node_modules. Warta warms up first on --warm-up
 * other articles (5,000, seed S+1: how many a fresh thread needs to reach
 * full speed, `npm run bench:warmup`), each baseline on --baseline-warm-up
 * (100) of its sample. Then:
 *   - memory: heap after importing the pipeline (and GC), gazetteer build time
 *     (its kecamatan/desa index read from node_modules/.cache/warta when an
 *     earlier process saved it: src/extract/places/areaIndexCache.ts);
 *   - the whole pipeline (load from the JSONL item through validation):
 *     articles/s, MB/s, p50/p99 per article, peak RSS;
 *   - each step (load, clean, segment, each extractor, resolve, validate):
 *     ms per article and share, in a second pass;
 *   - the baselines on the same corpus (bench/baselines.ts): compromise on a
 *     sample (it is slow), chrono.id alone; ratios to Warta;
 *   - F1 on the seed fixtures of Warta and of compromise, by src/eval/score.ts.
 * Writes output/bench.json and appends the same object as one line to
 * output/bench-runs.jsonl, so runs can be compared. Numbers are reported,
 * never asserted: the machine is shared, compare ratios.
 */
import { execSync } from "node:child_process";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "20000" },
    seed: { type: "string", default: "7" },
    "compromise-sample": { type: "string", default: "500" },
    "chrono-sample": { type: "string", default: "5000" },
    "warm-up": { type: "string", default: "5000" },
    "baseline-warm-up": { type: "string", default: "100" },
    json: { type: "string", default: "output/bench.json" },
  },
});
const ARTICLES = Number(values.articles);
const SEED = Number(values.seed);
// A worker reaches full speed after about 5,000 articles (npm run bench:warmup); a long batch runs at that speed.
const WARM_UP = Number(values["warm-up"]);
const BASELINE_WARM_UP = Number(values["baseline-warm-up"]);
const SEED_FIXTURES = "../shared/seed-fixtures";

const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};
const now = () => performance.now();

// Memory first, before anything else is loaded: what a worker pays to hold the pipeline.
const heapBeforeMB = heapMB();
const { bundle } = await import("../src/bundle.mjs");
const bundleUrl = await bundle("bench/bundled-pipeline.ts"); // built once per source edit, before the clock starts
let started = now();
const { processArticle, buildGazetteer, parseJsonlLine, decodeText } = (await import(bundleUrl)) as typeof import("./bundled-pipeline.ts");
const importMs = now() - started;
const heapAfterImportMB = heapMB();
started = now();
buildGazetteer({ areas: true });
const gazetteerRebuildMs = now() - started;

const { corpusItems } = await import("./corpus.ts");
type TimedStep = import("./bundled-pipeline.ts").TimedStep;

// Lines as bytes, as the batch reads them; a worker decodes (UTF-8, else windows-1252) and parses each.
const lines: Buffer[] = [];
let inputBytes = 0;
let htmlItems = 0;
for await (const item of corpusItems({ articles: ARTICLES, seed: SEED })) {
  const line = Buffer.from(JSON.stringify(item));
  lines.push(line);
  inputBytes += line.length + 1;
  if (item.html !== undefined) htmlItems += 1;
}

function load(i: number) {
  const decoded = decodeText(lines[i]!);
  if (!decoded.ok) throw new Error(`corpus line ${i + 1}: ${decoded.reason}`);
  const loaded = parseJsonlLine(decoded.text, "bench.jsonl", i + 1);
  if (!loaded.ok) throw new Error(`corpus line ${i + 1}: ${loaded.error.message}`);
  return loaded.article;
}

// JIT and caches warm, as in a long batch, on other articles of the same kind (another seed): none of the timed ones is seen twice.
for await (const item of corpusItems({ articles: WARM_UP, seed: SEED + 1 })) {
  const loaded = parseJsonlLine(JSON.stringify(item), "warm-up.jsonl", 1);
  if (loaded.ok) processArticle(loaded.article);
}

// Pass 1: the whole pipeline as a batch runs it, one article after the other.
const perArticle = new Float64Array(lines.length);
let failed = 0;
const cpuStart = process.cpuUsage();
const wholeStart = now();
for (let i = 0; i < lines.length; i++) {
  const t0 = now();
  if (!processArticle(load(i)).ok) failed += 1;
  perArticle[i] = now() - t0;
}
const wholeSeconds = (now() - wholeStart) / 1000;
const cpu = process.cpuUsage(cpuStart);
// CPU time counts only what this process ran: a second view of the rate, less moved by other load on a shared machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peakRssMB = process.resourceUsage().maxRSS / 1024;

// Pass 2: the same, each step timed.
const stepMs = new Map<TimedStep | "load", number>([["load", 0]]);
const onStep = (step: TimedStep, ms: number) => stepMs.set(step, (stepMs.get(step) ?? 0) + ms);
for (let i = 0; i < lines.length; i++) {
  const t0 = now();
  const article = load(i);
  stepMs.set("load", stepMs.get("load")! + now() - t0);
  processArticle(article, { onStep });
}

// Baselines, on the bodies the loader gives (not timed: load is Warta's cost alone here).
const { compromiseRecord, runChrono, runCompromise } = await import("./baselines.ts");
function rate(sample: number, run: (text: string) => void): { articles: number; articlesPerSecond: number } {
  const n = Math.min(sample, lines.length);
  const bodies = Array.from({ length: n }, (_, i) => load(i).body);
  for (let i = 0; i < BASELINE_WARM_UP; i++) run(bodies[i % n]!); // warm-up, as Warta's
  const t0 = now();
  for (const body of bodies) run(body);
  return { articles: n, articlesPerSecond: n / ((now() - t0) / 1000) };
}
const compromise = rate(Number(values["compromise-sample"]), runCompromise);
const chronoAlone = rate(Number(values["chrono-sample"]), runChrono);

// F1 on the seed fixtures, Warta and compromise, by the project's scorer.
const { loadInputs } = await import("../src/load/index.ts");
const { readGoldFiles } = await import("../src/eval/gold.ts");
const { scoreRecords } = await import("../src/eval/score.ts");
type PredRecord = import("../src/eval/score.ts").PredRecord;
const wartaRecords: PredRecord[] = [];
const compromiseRecords: PredRecord[] = [];
for await (const loaded of loadInputs([SEED_FIXTURES])) {
  if (!loaded.ok) continue;
  const result = processArticle(loaded.article);
  if (result.ok) wartaRecords.push(result.record as unknown as PredRecord);
  compromiseRecords.push(compromiseRecord(loaded.article.source.uri, loaded.article.body));
}
const golds = readGoldFiles(SEED_FIXTURES);
const F1_FIELDS = ["officials", "places", "counts"] as const;
const f1Of = (records: PredRecord[]) => {
  const { fields } = scoreRecords(golds, records);
  return Object.fromEntries(F1_FIELDS.map((f) => [f, { p: fields[f].p, r: fields[f].r, f1: fields[f].f1 }]));
};

const articlesPerSecond = lines.length / wholeSeconds;
const sorted = Float64Array.from(perArticle).sort();
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const stepTotal = [...stepMs.values()].reduce((a, b) => a + b, 0);
const commit = (() => {
  try {
    return execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
})();

const result = {
  run: { date: new Date().toISOString(), commit, node: process.version, cpus: availableParallelism(), articles: lines.length, seed: SEED, htmlItems, warmUpArticles: WARM_UP, baselineWarmUpArticles: BASELINE_WARM_UP },
  memory: { heapBeforeImportMB: heapBeforeMB, heapAfterImportMB, gcExposed: gc !== undefined, importMs, gazetteerRebuildMs },
  pipeline: {
    inputMB: inputBytes / 1e6,
    seconds: wholeSeconds,
    articlesPerSecond,
    megabytesPerSecond: inputBytes / 1e6 / wholeSeconds,
    articlesPerCpuSecond: lines.length / cpuSeconds,
    p50ms: percentile(0.5),
    p99ms: percentile(0.99),
    peakRssMB,
    failed,
  },
  steps: Object.fromEntries(
    [...stepMs].map(([step, ms]) => [
      step,
      { msPerArticle: ms / lines.length, articlesPerSecond: (1000 * lines.length) / ms, megabytesPerSecond: inputBytes / 1e3 / ms, share: ms / stepTotal },
    ]),
  ),
  baselines: {
    compromise: { ...compromise, wartaRatio: articlesPerSecond / compromise.articlesPerSecond },
    chronoIdAlone: { ...chronoAlone, wartaRatio: articlesPerSecond / chronoAlone.articlesPerSecond },
  },
  seedF1: { warta: f1Of(wartaRecords), compromise: f1Of(compromiseRecords) },
};

mkdirSync(dirname(values.json), { recursive: true });
writeFileSync(values.json, JSON.stringify(result, null, 1) + "\n");
appendFileSync(`${dirname(values.json)}/bench-runs.jsonl`, JSON.stringify(result) + "\n");

const f = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const { pipeline: p, memory: m, baselines: b } = result;
const out = [
  `Warta bench (commit ${commit ?? "?"}, ${process.version}, ${result.run.cpus} CPUs): ${f(lines.length)} articles, ${f(p.inputMB, 1)} MB of JSON Lines (${f(htmlItems)} HTML), seed ${SEED}`,
  "",
  `| whole pipeline, one thread | articles/s | MB/s | articles per CPU-second | p50 ms | p99 ms | peak RSS MB |`,
  `| --- | ---: | ---: | ---: | ---: | ---: | ---: |`,
  `| load -> validate | ${f(articlesPerSecond)} | ${f(p.megabytesPerSecond, 2)} | ${f(p.articlesPerCpuSecond)} | ${f(p.p50ms, 3)} | ${f(p.p99ms, 3)} | ${f(peakRssMB)} |`,
  "",
  `| step (second pass, each timed) | ms/article | articles/s | MB/s | share |`,
  `| --- | ---: | ---: | ---: | ---: |`,
  ...Object.entries(result.steps).map(
    ([step, s]) => `| ${step} | ${f(s.msPerArticle, 3)} | ${f(s.articlesPerSecond)} | ${f(s.megabytesPerSecond, 1)} | ${f(100 * s.share, 1)}% |`,
  ),
  `| sum of steps | ${f(stepTotal / lines.length, 3)} | ${f((1000 * lines.length) / stepTotal)} | | |`,
  "",
  `| same corpus | articles/s | Warta is |`,
  `| --- | ---: | ---: |`,
  `| Warta, whole pipeline | ${f(articlesPerSecond)} | 1x |`,
  `| compromise people/places/numbers (${f(b.compromise.articles)}-article sample) | ${f(b.compromise.articlesPerSecond, 1)} | ${f(b.compromise.wartaRatio, 1)}x |`,
  `| chrono.id.parse alone (${f(b.chronoIdAlone.articles)}-article sample) | ${f(b.chronoIdAlone.articlesPerSecond)} | ${f(b.chronoIdAlone.wartaRatio, 2)}x |`,
  "",
  `| seed fixtures F1 (src/eval/score.ts; compromise: people -> officials, places -> places, numbers -> counts with the next word as unit) | Warta | compromise |`,
  `| --- | ---: | ---: |`,
  ...F1_FIELDS.map((field) => `| ${field} | ${f(result.seedF1.warta[field]!.f1, 3)} | ${f(result.seedF1.compromise[field]!.f1, 3)} |`),
  "",
  `memory: heap ${f(m.heapAfterImportMB, 1)} MB after importing the pipeline and GC (${f(m.heapBeforeImportMB, 1)} MB before; GC ${m.gcExposed ? "exposed" : "NOT exposed: run with node --expose-gc"}); ` +
    `import of the bundled pipeline ${f(m.importMs)} ms (gazetteer built in it); gazetteer rebuilt warm in ${f(m.gazetteerRebuildMs)} ms (area index from the cache)`,
  failed > 0 ? `${failed} articles failed` : "",
  `-> ${values.json}`,
];
console.log(out.join("\n"));
