/**
 * Rules are data: JSON files in the top-level `rules/` folder, each with a
 * `description` saying what it holds, validated with zod when loaded so a
 * typo in a rules file fails loudly at start-up, not silently per article.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));

const cache = new Map<string, unknown>();

/** Reads `rules/<file>`, checks it against `schema` and caches the parsed value. */
export function loadRules<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const key = file;
  if (cache.has(key)) return cache.get(key) as z.infer<T>;
  const path = RULES_DIR + file;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`rules file ${path}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`rules file ${path} does not match its schema: ${z.prettifyError(parsed.error)}`);
  }
  cache.set(key, parsed.data);
  return parsed.data;
}

/** Every rules file starts with a sentence saying what it holds. */
export const described = { description: z.string().min(10) };
