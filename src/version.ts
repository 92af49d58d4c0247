import { readFileSync } from "node:fs";
import { projectPath } from "./paths.mjs";

/** Warta's version, from package.json, written into every record. */
export const WARTA_VERSION: string = JSON.parse(readFileSync(projectPath("package.json"), "utf8")).version;
