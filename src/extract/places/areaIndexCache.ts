/**
 * The area index (areaIndex.ts) kept in a file beside the bundles
 * (node_modules/.cache/warta/area-index-KEY.bin), so a process or a worker
 * thread reads it in a few milliseconds instead of building it from 90,000
 * CSV rows (~0.2 s and the garbage that makes: a quarter of a worker
 * thread's start). KEY (src/cache.mjs) covers everything the index is made
 * from: every source file, package.json, package-lock.json (the
 * idn-area-data version) and the data files themselves, so an edit or an
 * upgrade builds and saves a new one. A file that is missing or does not
 * hold a whole index is built again; a cache that cannot be written only
 * costs the build. The folder can be deleted at any time.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { CACHE_DIR, sourceKey } from "../../cache.mjs";
import { AreaIndex } from "./areaIndex.ts";

const PREFIX = "area-index-";

/** The saved index for these data files, else `build()`'s, saved in `dir` for the next process. */
export function cachedAreaIndex(dataFiles: readonly string[], build: () => AreaIndex, dir: string = CACHE_DIR): AreaIndex {
  const name = `${PREFIX}${sourceKey(dataFiles)}.bin`;
  const path = join(dir, name);
  try {
    return AreaIndex.fromBytes(readFileSync(path));
  } catch {
    // Not saved yet (or not whole): built below, the only way to a correct index.
  }
  const index = build();
  // Written aside and renamed: the other worker threads may be saving the same index at the same moment.
  const aside = `${path}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(aside, index.toBytes());
    renameSync(aside, path);
  } catch {
    // A read-only install: every process builds its own index.
    rmSync(aside, { force: true });
    return index;
  }
  // Each source edit makes a new 4 MB file: the others go. A process of another version still
  // running read its own at start; one starting later builds its index again, no worse than without a cache.
  for (const other of readdirSync(dir)) {
    if (other.startsWith(PREFIX) && other.endsWith(".bin") && other !== name) rmSync(join(dir, other), { force: true });
  }
  return index;
}
