/**
 * `npm run bench:ab -- OTHER_CHECKOUT [--articles N] [--blocks K] [--step STEP]`
 *
 * The bundled pipeline of another checkout of Warta (a `git worktree` of an
 * earlier commit, with its own node_modules) against this one's, in one
 * process: blocks of N corpus articles (2,000) alternate between the two,
 * K blocks each (10), and CPU time per block is summed. This machine moves
 * whole runs by ±20%; blocks of the two versions side by side are the
 * comparison that holds still (docs/performance.md, "Fourth round").
 * Prints µs per article of each and their ratio. The other checkout needs
 * bench/bundled-pipeline.ts (since 4063724; copy it into an older one).
 *
 * With --step (awards, officials, places, counts, dates) only that
 * extractor is timed, on inputs each version cleaned, segmented and
 * extracted places and officials from with its own code
 * (bench/bundled-steps.ts, which an older checkout needs a copy of): one
 * step's ±3% is lost in a whole run's noise, not in its own.
 *
 *     git worktree add /tmp/old COMMIT && cp -al node_modules /tmp/old/node_modules
 *     npm run bench:ab -- /tmp/old
 *     npm run bench:ab -- /tmp/old --step awards --articles 1500 --blocks 40
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { RawArticle } from "../src/types.ts";

const STEPS = ["awards", "officials", "places", "counts", "dates"] as const;
type Step = (typeof STEPS)[number];
const USAGE = `usage: npm run bench:ab -- OTHER_CHECKOUT [--articles N] [--blocks K] [--step ${STEPS.join("|")}]`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { articles: { type: "string", default: "2000" }, blocks: { type: "string", default: "10" }, step: { type: "string" } },
});
const other = positionals[0];
const step = values.step as Step | undefined;
if (other === undefined || (step !== undefined && !STEPS.includes(step))) {
  console.error(USAGE);
  process.exit(2);
}
const ARTICLES = Number(values.articles);
const BLOCKS = Number(values.blocks);

const { parseJsonlLine } = await import("../src/load/article.ts");
const { corpusItems } = await import("./corpus.ts");
const articles: RawArticle[] = [];
for await (const item of corpusItems({ articles: ARTICLES })) {
  const loaded = parseJsonlLine(JSON.stringify(item), "ab.jsonl", articles.length + 1);
  if (loaded.ok) articles.push(loaded.article);
}

/** One block: every article through the pipeline (or through one step, on inputs the checkout prepared itself). */
type Block = () => void;
async function bundleOf(checkout: string, entry: string): Promise<Record<string, any>> {
  const { bundle } = (await import(join(resolve(checkout), "src/bundle.mjs"))) as typeof import("../src/bundle.mjs");
  return (await import(await bundle(entry))) as Record<string, any>;
}
async function blockOf(checkout: string): Promise<Block> {
  if (step === undefined) {
    const { processArticle } = await bundleOf(checkout, "bench/bundled-pipeline.ts");
    return () => articles.forEach((article) => processArticle(article));
  }
  // Each version cleans and segments with its own code: a step is timed on the text that version gives it.
  const m = await bundleOf(checkout, "bench/bundled-steps.ts");
  const inputs = articles.map((article) => {
    const clean = m.cleanArticle(article.body);
    const context = { text: clean.text, segmentation: m.segment(clean.text), referenceDate: null, excluded: m.offLimits(clean.dateline), datelineCity: clean.dateline?.city ?? null };
    return { context, places: m.placesExtractor.extract(context), officials: m.officialsExtractor.extract(context) };
  });
  const run: Record<Step, (input: (typeof inputs)[number]) => unknown> = {
    awards: (input) => m.extractAwards(input.context, input.places, input.officials),
    officials: (input) => m.officialsExtractor.extract(input.context),
    places: (input) => m.placesExtractor.extract(input.context),
    counts: (input) => m.countsExtractor.extract(input.context),
    dates: (input) => m.datesExtractor.extract(input.context),
  };
  return () => inputs.forEach(run[step]);
}
const theirs = await blockOf(other);
const ours = await blockOf(".");

const cpuMs = (block: Block) => {
  const start = process.cpuUsage();
  block();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
for (let i = 0; i < 3; i++) {
  cpuMs(theirs);
  cpuMs(ours);
} // warm-up
let theirsMs = 0;
let oursMs = 0;
const ratios: number[] = [];
for (let k = 0; k < BLOCKS; k++) {
  // Alternate which goes first, so neither always runs right after a collection the other caused.
  let a: number;
  let b: number;
  if (k % 2 === 0) {
    a = cpuMs(theirs);
    b = cpuMs(ours);
  } else {
    b = cpuMs(ours);
    a = cpuMs(theirs);
  }
  theirsMs += a;
  oursMs += b;
  ratios.push(a / b);
}
ratios.sort((x, y) => x - y);
const perArticle = (ms: number) => ((ms / BLOCKS / articles.length) * 1000).toFixed(0);
console.log(
  `${step ?? "pipeline"}, ${other}: ${perArticle(theirsMs)} µs/article; this checkout: ${perArticle(oursMs)} µs/article; ` +
    `ratio ${(theirsMs / oursMs).toFixed(3)} (median block pair ${ratios[BLOCKS >> 1]!.toFixed(3)}, min ${ratios[0]!.toFixed(3)}, max ${ratios.at(-1)!.toFixed(3)})`,
);
