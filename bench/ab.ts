/**
 * `npm run bench:ab -- OTHER_CHECKOUT [--articles N] [--blocks K]`
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
 *     git worktree add /tmp/old COMMIT && cp -al node_modules /tmp/old/node_modules
 *     npm run bench:ab -- /tmp/old
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { articles: { type: "string", default: "2000" }, blocks: { type: "string", default: "10" } },
});
const other = positionals[0];
if (other === undefined) {
  console.error("usage: npm run bench:ab -- OTHER_CHECKOUT [--articles N] [--blocks K]");
  process.exit(2);
}
const ARTICLES = Number(values.articles);
const BLOCKS = Number(values.blocks);

type Process = (article: unknown) => unknown;
async function pipelineOf(checkout: string): Promise<Process> {
  const { bundle } = (await import(join(resolve(checkout), "src/bundle.mjs"))) as typeof import("../src/bundle.mjs");
  return ((await import(await bundle("bench/bundled-pipeline.ts"))) as { processArticle: Process }).processArticle;
}
const theirs = await pipelineOf(other);
const ours = await pipelineOf(".");

const { parseJsonlLine } = await import("../src/load/article.ts");
const { corpusItems } = await import("./corpus.ts");
const articles: unknown[] = [];
for await (const item of corpusItems({ articles: ARTICLES })) {
  const loaded = parseJsonlLine(JSON.stringify(item), "ab.jsonl", articles.length + 1);
  if (loaded.ok) articles.push(loaded.article);
}

const cpuMs = (run: Process) => {
  const start = process.cpuUsage();
  for (const article of articles) run(article);
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
  `${other}: ${perArticle(theirsMs)} µs/article; this checkout: ${perArticle(oursMs)} µs/article; ` +
    `ratio ${(theirsMs / oursMs).toFixed(3)} (median block pair ${ratios[BLOCKS >> 1]!.toFixed(3)}, min ${ratios[0]!.toFixed(3)}, max ${ratios.at(-1)!.toFixed(3)})`,
);
