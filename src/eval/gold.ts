/**
 * Gold annotations (`*.gold.json`), the format of ../shared/seed-fixtures:
 * what an article must yield, item by item. Validated on load so a typo in a
 * user's gold file is reported, not silently scored.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readJsonFile } from "../rules/load.ts";

const optional = { optional: z.boolean().optional() };
const GoldOfficial = z.object({ name: z.string(), title: z.string().optional(), titleAlt: z.array(z.string()).optional(), aliases: z.array(z.string()).optional(), ...optional }).loose();
const GoldPlace = z.object({ name: z.string(), aliases: z.array(z.string()).optional(), ...optional }).loose();
const GoldDate = z.object({ value: z.union([z.string(), z.number()]).transform(String), ...optional }).loose();
const GoldCount = z.object({ value: z.number(), unit: z.string(), unitAliases: z.array(z.string()).optional(), ...optional }).loose();
const GoldResult = z
  .object({
    recipient: z.string(),
    recipientAliases: z.array(z.string()).optional(),
    category: z.string().nullable().optional(),
    categoryAlt: z.array(z.string()).optional(),
    rank: z.number().int().nullable().optional(),
    ...optional,
  })
  .loose();
const GoldAward = z.object({ name: z.string(), aliases: z.array(z.string()).optional(), results: z.array(GoldResult).optional(), ...optional }).loose();

export const GoldRecord = z
  .object({
    article: z.string().optional(),
    publisher: z.string().nullable().optional(),
    referenceDate: z.string().nullable().optional(),
    officials: z.array(GoldOfficial).optional(),
    places: z.array(GoldPlace).optional(),
    dates: z.array(GoldDate).optional(),
    counts: z.array(GoldCount).optional(),
    awards: z.array(GoldAward).optional(),
  })
  .loose();
export type GoldRecord = z.infer<typeof GoldRecord>;

export interface GoldFile {
  path: string;
  /** The article key, as score.py derives it from the gold's `article` or file name. */
  key: string;
  gold: GoldRecord;
}

const KEY_SUFFIXES = [".gold.json", ".warc.gz", ".html", ".htm", ".txt", ".json"];

/** score.py's key_of: the base name without its article or gold extension. */
export function articleKey(pathOrId: string): string {
  const base = pathOrId.split(/[\\/]/).pop() ?? pathOrId;
  for (const suffix of KEY_SUFFIXES) if (base.endsWith(suffix)) return base.slice(0, -suffix.length);
  return base;
}

/** Every `*.gold.json` under `dir` (recursively), sorted by path. */
export function readGoldFiles(dir: string): GoldFile[] {
  const files: string[] = [];
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else if (path.endsWith(".gold.json")) {
      files.push(path);
    }
  };
  walk(dir);
  return files.map((path) => {
    const gold = readJsonFile(path, GoldRecord, "gold file");
    return { path, key: articleKey(gold.article ?? path), gold };
  });
}
