// Warta's own folder: where package.json, rules/ and docs/ are. Found by
// walking up from this module to the package.json named "warta", so it is
// the same whether the code runs from src/ (through tsx) or from a bundle
// in node_modules/.cache/warta/ (the commands, the worker threads). Plain
// JavaScript because src/bundle.mjs needs it before any TypeScript can run;
// its types are in paths.d.mts.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** @param {string} from */
function findProjectRoot(from) {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "warta") return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json of warta above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(fileURLToPath(import.meta.url));

/** A path inside Warta's folder. @param {...string} parts */
export const projectPath = (...parts) => join(PROJECT_ROOT, ...parts);
