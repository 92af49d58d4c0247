// Where Warta keeps what it derives from its own sources, and the key that
// names it: node_modules/.cache/warta/ holds the bundles (bundle.mjs) and the
// packed area index (extract/places/areaIndexCache.ts). The key is a short
// hash of the size and modification time of every file under src/, of
// package.json and package-lock.json (and of any data files a cache adds),
// so an edit or an upgrade makes a new entry and a cached one is found
// without reading the sources. The folder can be deleted at any time.
//
// Plain JavaScript because bin/warta.mjs imports it (through bundle.mjs)
// before any TypeScript can run; its types are in cache.d.mts.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { projectPath } from "./paths.mjs";

export const CACHE_DIR = projectPath("node_modules", ".cache", "warta");

/** Every file under `dir`, depth first, in name order. @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/**
 * What Warta's code is made of, and `dataFiles` (absolute paths), as a short hash of sizes and modification times.
 * @param {readonly string[]} [dataFiles]
 */
export function sourceKey(dataFiles = []) {
  const hash = createHash("sha256");
  for (const file of [...filesUnder(projectPath("src")), projectPath("package.json"), projectPath("package-lock.json"), ...dataFiles]) {
    if (!existsSync(file)) continue;
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(projectPath(), file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}
