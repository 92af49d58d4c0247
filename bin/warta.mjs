#!/usr/bin/env -S node --single-threaded-gc
// `node bin/warta.mjs COMMAND ARGS...` runs src/cli/COMMAND.ts as plain
// JavaScript, bundled on first use (src/bundle.mjs): what `npm run extract`,
// `npm run eval` and `npm run schema` call, so a batch carries no
// TypeScript loader.
//
// `npm run extract` (and this file run as a program) start node with
// --single-threaded-gc: each thread collects its own garbage instead of
// handing parts to V8's helper threads. With worker threads on every core
// (the default --jobs) those helpers only compete with the workers; without
// them a batch on this 2-core machine ran 10-30% faster on 20% less CPU per
// article, and one worker ran about as fast (docs/evaluation.md, "Batch").
// It is a V8 flag: it cannot be set from here once node runs.
import { setFlagsFromString } from "node:v8";
import { bundle } from "../src/bundle.mjs";

const COMMANDS = new Set(["extract", "eval", "schema"]);
const command = process.argv[2];
if (!COMMANDS.has(command)) {
  process.stderr.write(`usage: node bin/warta.mjs ${[...COMMANDS].join("|")} ARGS...\n`);
  process.exit(2);
}
// V8 lets a heap grow to two or three times what is live before it collects
// the old generation; a batch keeps little alive (rules, gazetteers: ~35 MB
// per thread) and makes much short-lived garbage, so each thread's heap
// would idle at ~130 MB. Growing by 20% at most keeps a batch on two threads
// under 300 MB instead of ~440 MB, at the same articles/s (docs/performance.md,
// "Batch memory"; 20 rather than 30% since a single-threaded collector lets
// a heap grow further while it marks). Set before any worker thread's heap
// exists.
setFlagsFromString("--heap-growing-percent=20");
// The command reads its arguments from process.argv.slice(2), as when run directly.
process.argv.splice(2, 1);
let entry;
try {
  entry = await bundle(`src/cli/${command}.ts`);
} catch (err) {
  // A source that does not build (an edit in progress): its errors, not esbuild's stack. Exit 2, as for anything that stops a command before it starts.
  process.stderr.write(`warta: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
await import(entry);
