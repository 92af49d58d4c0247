// V8 flags that can be set once node runs, for a batch: bin/warta.mjs sets
// them before any worker thread exists. (`npm run bench` runs on V8's
// defaults, as the baselines it compares with do.) GC flags that shape a
// heap cannot be set this way (V8 crashed): --single-threaded-gc is on the
// command line instead (package.json's extract script, the bin's shebang).
// Plain JavaScript because bin/warta.mjs imports it before any TypeScript
// can run; its types are in v8-flags.d.mts.
import { setFlagsFromString } from "node:v8";

const RUNTIME_V8_FLAGS = [
  // V8 lets a heap grow to two or three times what is live before it
  // collects the old generation; a batch keeps little alive (rules,
  // gazetteers: ~35 MB per thread) and makes much short-lived garbage, so
  // each thread's heap would idle at ~130 MB. Growing by 20% at most keeps a
  // batch on two threads under 300 MB instead of ~440 MB, at the same
  // articles/s (docs/performance.md, "Batch memory"; 20 rather than 30%
  // since a single-threaded collector lets a heap grow further while it
  // marks).
  "--heap-growing-percent=20",
  // Every thread compiles the pipeline's hot functions with TurboFan for
  // its first ~5,000 articles, on V8's helper threads: ~3.8 s of compile
  // time per thread with V8's budget of inlined bytecode (920), up to 55 ms
  // for one function (awards' findResults, inlining its sentence readers).
  // With one worker that work runs on the idle core; with a worker on every
  // core it competes with them. A budget of 150 halves it at the same
  // steady-state speed (docs/evaluation.md, "Batch").
  "--max-inlined-bytecode-size-cumulative=150",
];

/** Sets RUNTIME_V8_FLAGS for this process (V8 flags are process-wide: every worker thread started later has them). */
export function setRuntimeV8Flags() {
  for (const flag of RUNTIME_V8_FLAGS) setFlagsFromString(flag);
}
