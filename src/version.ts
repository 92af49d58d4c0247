import { readFileSync } from "node:fs";

/** Warta's version, from package.json, written into every record. */
export const WARTA_VERSION: string = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
