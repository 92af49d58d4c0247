/**
 * `npm run bench:profile-summary -- FILE.cpuprofile [--top N]`: the
 * functions a V8 CPU profile (node --cpu-prof) spends its time in, by self
 * time and by total time (self plus callees, each function counted once
 * per sample however deep it recurses), as a share of all samples.
 */
import { readFileSync } from "node:fs";
import { parseCommandArgs, runCommand, UsageError } from "../src/cli/main.ts";
import { type CallFrame, frameLabel } from "./frame-label.ts";

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const label = (node: ProfileNode): string => frameLabel(node.callFrame);

export function summarize(profile: Profile): { self: Map<string, number>; total: Map<string, number>; samples: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const id of profile.samples) {
    const leaf = byId.get(id)!;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) seen.add(label(byId.get(at)!));
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + 1);
  }
  return { self, total, samples: profile.samples.length };
}

runCommand("bench:profile-summary", "usage: npm run bench:profile-summary -- FILE.cpuprofile [--top N]", async () => {
  const { values, positionals } = parseCommandArgs({ top: { type: "string", default: "30" } });
  const [file] = positionals;
  if (file === undefined) throw new UsageError("a .cpuprofile file is required");
  const { self, total, samples } = summarize(JSON.parse(readFileSync(file, "utf8")) as Profile);
  const top = Number(values.top);
  const table = (title: string, counts: Map<string, number>) => {
    console.log(`\n${title} (share of ${samples} samples)`);
    for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * n) / samples).toFixed(1).padStart(6)}%  ${name}`);
  };
  table("self time", self);
  table("total time", total);
  return 0;
});
