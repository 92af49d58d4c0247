/**
 * Rules are data: JSON files in the top-level `rules/` folder, each with a
 * `description` saying what it holds, validated with zod when loaded so a
 * typo in a rules file fails loudly at start-up, not silently per article.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { projectPath } from "../paths.mjs";

export const RULES_DIR = projectPath("rules") + "/";

/** Parsed rules per file and per schema: two modules may read one file with different schemas. */
const cache = new Map<string, Map<z.ZodType, unknown>>();

/** Reads a JSON file and checks it against `schema`; errors name the file (`what` says what kind). */
export function readJsonFile<T extends z.ZodType>(path: string, schema: T, what: string): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new Error(`${what} ${path}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`${what} ${path} does not match its schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Reads `rules/<file>`, checks it against `schema` and caches the parsed value. */
export function loadRules<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let bySchema = cache.get(file);
  if (!bySchema) cache.set(file, (bySchema = new Map()));
  if (!bySchema.has(schema)) bySchema.set(schema, readJsonFile(RULES_DIR + file, schema, "rules file"));
  return bySchema.get(schema) as z.infer<T>;
}

/** Every rules file starts with a sentence saying what it holds. */
export const described = { description: z.string().min(10) };
