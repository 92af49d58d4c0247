/**
 * `npm run bench:allocations [-- --articles N] [--seed S] [--top N]`: where
 * the pipeline allocates. Runs the pipeline over the bench corpus (after a
 * warm-up) under V8's sampling heap profiler, counting objects the garbage
 * collector has already freed too, and prints the bytes allocated per
 * article by function (self: allocated in the function's own code) and by
 * stack (total: the function and everything it calls). The batch's worker
 * threads scale with what an article allocates (docs/performance.md, "Batch
 * memory"), so this is the profile that guides allocation work. With
 * `--callers NAME`, the call paths of what NAME allocates itself (for
 * built-ins such as `next` or `push`). Reported, never asserted.
 */
import { Session } from "node:inspector/promises";
import { parseCommandArgs, runCommand, UsageError } from "../src/cli/main.ts";
import { type CallFrame, frameLabel } from "./frame-label.ts";

interface SamplingNode {
  callFrame: CallFrame;
  selfSize: number;
  id: number;
  children: SamplingNode[];
}

/** The same labels as bench:profile-summary. */
const label = (node: SamplingNode): string => frameLabel(node.callFrame);

/** Bytes by function, own and with callees (a function counted once per stack, however deep it recurses). */
export function allocationTotals(head: SamplingNode, focus?: string): { self: Map<string, number>; total: Map<string, number>; callers: Map<string, number>; bytes: number } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const callers = new Map<string, number>();
  let bytes = 0;
  const walk = (node: SamplingNode, stack: readonly string[]) => {
    const name = label(node);
    const path = [...stack, name];
    if (node.selfSize > 0) {
      bytes += node.selfSize;
      self.set(name, (self.get(name) ?? 0) + node.selfSize);
      for (const caller of new Set(path)) total.set(caller, (total.get(caller) ?? 0) + node.selfSize);
      // --callers: the two frames above each allocation made in the focused function's own code.
      if (focus !== undefined && name.startsWith(focus)) {
        const from = path.slice(-4, -1).join(" < ");
        callers.set(from, (callers.get(from) ?? 0) + node.selfSize);
      }
    }
    for (const child of node.children) walk(child, path);
  };
  walk(head, []);
  return { self, total, callers, bytes };
}

runCommand("bench:allocations", "usage: npm run bench:allocations -- [--articles N] [--seed S] [--top N] [--callers FUNCTION]", async () => {
  const { values } = parseCommandArgs({ articles: { type: "string", default: "2000" }, seed: { type: "string", default: "7" }, top: { type: "string", default: "40" }, callers: { type: "string" } });
  const articles = Number(values.articles);
  const top = Number(values.top);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(top) || top < 1) throw new UsageError("--articles and --top take integers >= 1");

  const { processArticle } = await import("../src/pipeline.ts");
  const { parseJsonlLine } = await import("../src/load/article.ts");
  const { corpusItems } = await import("./corpus.ts");
  const items: string[] = [];
  for await (const item of corpusItems({ articles, seed: Number(values.seed) })) items.push(JSON.stringify(item));
  const run = () => {
    for (const [i, line] of items.entries()) {
      const loaded = parseJsonlLine(line, "bench.jsonl", i + 1);
      if (loaded.ok) processArticle(loaded.article);
    }
  };
  run(); // JIT and caches warm, as in a long batch

  const session = new Session();
  session.connect();
  // Every 1 KB allocated on average: fine enough for per-function bytes, cheap enough for thousands of articles.
  await session.post("HeapProfiler.startSampling", { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  run();
  const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: SamplingNode } };
  session.disconnect();

  const { self, total, callers, bytes } = allocationTotals(profile.head, values.callers);
  const kb = (n: number) => (n / 1024 / articles).toFixed(1).padStart(8);
  console.log(`${articles} articles (seed ${values.seed}): ${(bytes / 1024 / articles).toFixed(0)} KB allocated per article (sampled, load through validation)`);
  const tables = values.callers === undefined ? [["self", self], ["total", total]] as const : [[`allocated in ${values.callers}, by caller`, callers]] as const;
  for (const [title, counts] of tables) {
    console.log(`\n${title}: KB per article, share`);
    for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${kb(n)}  ${((100 * n) / bytes).toFixed(1).padStart(5)}%  ${name}`);
  }
  return 0;
});
