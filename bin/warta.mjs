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
import { bundle } from "../src/bundle.mjs";
import { setRuntimeV8Flags } from "../src/v8-flags.mjs";

const COMMANDS = new Set(["extract", "eval", "schema"]);
const command = process.argv[2];
if (!COMMANDS.has(command)) {
  process.stderr.write(`usage: node bin/warta.mjs ${[...COMMANDS].join("|")} ARGS...\n`);
  process.exit(2);
}
// Heap growth and inlining budget for a batch (src/v8-flags.mjs): set before
// any worker thread's heap exists.
setRuntimeV8Flags();
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
