/**
 * `npm run bench:machine`: how well this machine runs two busy threads of
 * JavaScript at once, whatever Warta does. Each workload runs alone, then
 * as two processes at once (separate heaps, nothing shared but the
 * hardware); the table gives each one's time (the slower of the pair)
 * and what the pair achieved against one (2.00x is perfect scaling).
 * `--jobs 2` of `npm run extract` cannot scale better than the kind of
 * work it does scales here at that time (docs/evaluation.md, "Batch",
 * third round). `-- --rounds=N` (default 3): each figure is the median of
 * N rounds. Reported, never asserted.
 *
 * Plain JavaScript run by node itself (no TypeScript loader in the timed
 * processes); `node bench/machine-scaling.mjs WORKLOAD` runs one workload.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const TEXT = Array.from({ length: 4000 }, (_, i) => `Bupati Sleman ${i} berkata pada Selasa (28/5) bahwa ${i * 7} warga di Kecamatan Depok menerima bantuan.`).join(" ");

/** Each returns a value that depends on all its work, so none of it can be optimized away. */
const WORKLOADS = {
  /** Integer arithmetic in registers: no memory traffic at all. */
  arithmetic() {
    let x = 0;
    for (let i = 0; i < 4e8; i++) x = (x * 31 + i) % 1000003;
    return x;
  },
  /** Short-lived small objects and strings, as an extractor makes them: the young generation streams through the caches. */
  allocation() {
    let kept = 0;
    for (let i = 0; i < 6e5; i++) {
      const batch = [];
      for (let j = 0; j < 200; j++) batch.push({ j, s: `k${j}` });
      kept += batch.length;
    }
    return kept;
  },
  /** A word-boundary alternation scanned over a 400 KB text, as the rules' patterns are. */
  regex() {
    const pattern = /(?<![\p{L}\p{N}])(?:bupati|wali kota|gubernur|kecamatan|selasa|rabu)(?![\p{L}\p{N}])/giu;
    let found = 0;
    for (let i = 0; i < 4000; i++) {
      pattern.lastIndex = 0;
      while (pattern.exec(TEXT)) found++;
    }
    return found;
  },
  /** Splitting and lower-casing: many small strings, little else. */
  strings() {
    let length = 0;
    for (let i = 0; i < 400; i++) for (const word of TEXT.split(" ")) length += word.toLowerCase().length;
    return length;
  },
};

/** One workload in a child process: its wall time, ms. */
function timeChild(name) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), name], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("close", (status) => (status === 0 ? resolve(Number(out)) : reject(new Error(`workload ${name} exited with ${status}`))));
  });
}

const workload = process.argv[2]?.startsWith("--") ? undefined : process.argv[2];
if (workload !== undefined) {
  const run = WORKLOADS[workload];
  if (run === undefined) throw new Error(`no workload "${workload}": ${Object.keys(WORKLOADS).join(", ")}`);
  const started = performance.now();
  if (run() === -1) process.stdout.write("unreachable ");
  process.stdout.write(String(performance.now() - started));
} else {
  // The host is shared: each figure is the median of ROUNDS, alone and paired runs alternating.
  const ROUNDS = Number(process.argv.find((arg) => arg.startsWith("--rounds="))?.slice("--rounds=".length) ?? 3);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`median of ${ROUNDS} rounds\nworkload     alone ms   two at once ms   pair vs one`);
  for (const name of Object.keys(WORKLOADS)) {
    const alone = [];
    const pair = [];
    for (let round = 0; round < ROUNDS; round++) {
      alone.push(await timeChild(name));
      pair.push(Math.max(...(await Promise.all([timeChild(name), timeChild(name)]))));
    }
    const scaling = (2 * median(alone)) / median(pair);
    console.log(`${name.padEnd(12)} ${median(alone).toFixed(0).padStart(8)}   ${median(pair).toFixed(0).padStart(14)}   ${scaling.toFixed(2).padStart(10)}x`);
  }
}
