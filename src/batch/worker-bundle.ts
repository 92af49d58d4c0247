/**
 * The worker threads run one JavaScript file that esbuild bundles from
 * worker-thread.ts when a pool starts (a quarter of a second), written to
 * node_modules/.cache/warta/ under the hash of its contents, so parallel
 * runs share it and an edited source gets a new bundle.
 *
 * Why a bundle: worker threads do not inherit tsx's TypeScript loader on
 * Node 20, and registering it in every thread costs seconds per thread (each
 * module crosses to a loader thread) and memory for a loader thread each;
 * a plain JavaScript file loads in milliseconds. Packages stay external
 * (resolved from node_modules beside the cache), JSON data is bundled, and
 * each source file's `import.meta.url` is its own, so paths to rules/ and
 * package.json still resolve from where the source lives.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const ENTRY = fileURLToPath(new URL("./worker-thread.ts", import.meta.url));
const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/warta/", import.meta.url));

const ownImportMetaUrl: esbuild.Plugin = {
  name: "own-import-meta-url",
  setup(build) {
    // Bundled JSON would otherwise stay an external import that Node refuses without `with { type: "json" }`.
    build.onResolve({ filter: /\.json$/ }, (args) => ({ path: createRequire(args.importer).resolve(args.path) }));
    build.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, "utf8")).replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      loader: "ts",
    }));
  },
};

/** The file URL of the worker bundle, built (or found) in the cache. */
export async function workerBundle(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    plugins: [ownImportMetaUrl],
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  const path = `${CACHE_DIR}worker-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.mjs`;
  if (!(await exists(path))) {
    await mkdir(CACHE_DIR, { recursive: true });
    // Written aside and renamed: another run may be writing the same bundle at the same moment.
    const aside = `${path}.${process.pid}.tmp`;
    await writeFile(aside, code);
    await rename(aside, path);
  }
  return pathToFileURL(path).href;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
