/**
 * bin/warta.mjs and the bundles it runs (src/bundle.mjs): a cached bundle is
 * found again, a source that does not build says where, an unknown command
 * is a usage error, every V8 flag it sets is a real one, and the extract
 * command's main thread loads none of the packages only the workers or an
 * optional sink need (the point of splitting the bundle: docs/performance.md,
 * "Batch memory").
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { bundle } from "../src/bundle.mjs";
import { PROJECT_ROOT } from "../src/paths.mjs";

/** The packages and chunk files a bundle file imports statically (`import ... from "x"`, `import "x"`), not by import(). */
function staticImports(file: string): string[] {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(/^import\s+(?:[^"';]*?\s+from\s+)?"([^"]+)";?$/gm)].map((m) => m[1]!);
}

/** Every package the entry loads before it runs, following its static chunk imports. */
function packagesLoadedAtStart(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith("./")) visit(join(dirname(file), spec));
      else if (!spec.startsWith("node:")) packages.add(spec.split("/")[0]!);
    }
  };
  visit(entry);
  return packages;
}

test("a bundle is built once and found again in the cache", { timeout: 60_000 }, async () => {
  const first = await bundle("src/cli/schema.ts");
  expect(await bundle("src/cli/schema.ts")).toBe(first);
  expect(fileURLToPath(first).startsWith(join(PROJECT_ROOT, "node_modules", ".cache", "warta"))).toBe(true);
});

test("extract's main thread loads only what reading and JSON Lines writing need", { timeout: 60_000 }, async () => {
  const loaded = packagesLoadedAtStart(fileURLToPath(await bundle("src/cli/extract.ts")));
  for (const onDemand of ["cheerio", "chrono-node", "zod", "i18n-iso-countries", "warcio", "kysely", "pg", "better-sqlite3"]) {
    expect(loaded, onDemand).not.toContain(onDemand);
  }
  expect(loaded).toContain("piscina");
});

test("a source that does not build fails with its file, line and column, not esbuild's stack", { timeout: 60_000 }, async () => {
  await expect(bundle("test/data/does-not-parse.mjs")).rejects.toThrow(
    /^cannot build test\/data\/does-not-parse\.mjs: test\/data\/does-not-parse\.mjs:2:23: Unexpected ";"$/,
  );
});

test("an unknown command is a usage error", () => {
  const run = spawnSync(process.execPath, ["bin/warta.mjs", "extrakt"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/usage: node bin\/warta\.mjs extract\|eval\|schema/);
});

test("every V8 flag the launcher sets is one this node knows (V8 only prints a misspelt one and goes on)", () => {
  const run = spawnSync(process.execPath, ["bin/warta.mjs", "schema"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  expect(run.status).toBe(0);
  expect(run.stderr).not.toMatch(/unrecognized flag/);
});
