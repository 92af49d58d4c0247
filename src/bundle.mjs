// Warta's TypeScript as plain JavaScript, for the commands (bin/warta.mjs)
// and the worker threads (src/batch/pool.ts): esbuild bundles an entry file
// and what it imports from src/ into node_modules/.cache/warta/.
//
// Why: tsx, the TypeScript loader the development scripts use, costs a
// loader thread and about 35 MB in every process, and worker threads do not
// inherit it on Node 20 (registering it in each thread took seconds per
// thread). Packages stay external, resolved from node_modules beside the
// cache; JSON data files are bundled (Node refuses an external JSON import
// that lost its `with { type: "json" }`). Paths to rules/ and docs/ come
// from src/paths.mjs, which finds Warta's folder from either place.
//
// Code split at each dynamic import(): what Warta loads on demand (warcio
// for a WARC file, a database driver for its sink, the pipeline for inline
// runs) stays out of a process that never needs it, as under tsx.
//
// A bundle's folder is named by its entry and the sources' key (cache.mjs:
// the size and modification time of every file under src/ and of
// package.json and package-lock.json), so a cached bundle is found without loading esbuild
// (13 MB) and an edit or an upgrade makes a new one (a quarter of a
// second). Old folders are left in place: a running batch may still load
// chunks from them; the cache folder can be deleted at any time.
//
// Plain JavaScript because bin/warta.mjs imports it before any TypeScript
// can run; its types are in bundle.d.mts.
import { existsSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { CACHE_DIR, sourceKey } from "./cache.mjs";
import { projectPath } from "./paths.mjs";

const ENTRY_NAME = "entry";
const ENTRY_FILE = `${ENTRY_NAME}.mjs`;

/** @type {import("esbuild").Plugin} */
const bundleJson = {
  name: "bundle-json",
  setup(build) {
    build.onResolve({ filter: /\.json$/ }, (args) => ({ path: createRequire(args.importer).resolve(args.path) }));
  },
};

/**
 * esbuild's failure as one plain message, "file:line:column: text" per error:
 * a syntax error in a source file is the user's to fix, not a crash.
 * @param {string} entry @param {unknown} err @returns {Error}
 */
function buildFailure(entry, err) {
  /** @type {{ text: string, location: { file: string, line: number, column: number } | null }[]} */
  const errors = /** @type {any} */ (err)?.errors ?? [];
  if (errors.length === 0) return /** @type {Error} */ (err);
  const where = (/** @type {(typeof errors)[number]} */ e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column + 1}: ` : "");
  return new Error(`cannot build ${entry}: ${errors.map((e) => `${where(e)}${e.text}`).join("; ")}`);
}

/** @param {string} entry @param {string} folder */
async function build(entry, folder) {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: { [ENTRY_NAME]: projectPath(entry) },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // esbuild rewrites regex literals with \p{Lu}-style escapes into `new RegExp(...)` calls for node20, which
    // runs them natively: a literal inside a function then built a new RegExp through the constructor on every call.
    supported: { "regexp-unicode-property-escapes": true },
    packages: "external",
    outdir: folder,
    outExtension: { ".js": ".mjs" },
    write: false,
    plugins: [bundleJson],
    logLevel: "silent",
  }).catch((err) => {
    throw buildFailure(entry, err);
  });
  // Written aside and renamed: another run may be building the same bundle at the same moment.
  const aside = `${folder}.${process.pid}.tmp`;
  await mkdir(aside, { recursive: true });
  for (const file of result.outputFiles) await writeFile(join(aside, relative(folder, file.path)), file.contents);
  try {
    await rename(aside, folder);
  } catch (err) {
    // The other run won; its bundle is the same.
    await rm(aside, { recursive: true, force: true });
    if (!existsSync(join(folder, ENTRY_FILE))) throw err;
  }
}

/**
 * The file URL of the bundle of `entry` (a path inside Warta's folder, e.g.
 * "src/cli/extract.ts", or a benchmark's entry under bench/), found in the
 * cache or built now.
 * @param {string} entry
 * @returns {Promise<string>}
 */
export async function bundle(entry) {
  const name = entry.replace(/^src\//, "").replace(/\.ts$/, "").replace(/\//g, "-");
  // An entry outside src/ (bench/bundled-pipeline.ts) is not in the sources' key: its own edits must make a new bundle too.
  const folder = join(CACHE_DIR, `${name}-${sourceKey(entry.startsWith("src/") ? [] : [projectPath(entry)])}`);
  if (!existsSync(join(folder, ENTRY_FILE))) {
    await mkdir(dirname(folder), { recursive: true });
    await build(entry, folder);
  }
  return pathToFileURL(join(folder, ENTRY_FILE)).href;
}
