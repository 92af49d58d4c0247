/**
 * The fixture articles the benchmark corpus is made from, as they are on
 * disk (raw text with its boilerplate, the saved HTML page, the JSON Lines
 * items), each with the officials' names its gold file lists, so the
 * generator knows which words are person names.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Template {
  /** Which fixture it is, for the generated ids. */
  name: string;
  format: "text" | "html";
  /** The article text, or the whole HTML page. */
  content: string;
  title?: string;
  published?: string;
  url?: string;
  /** Capitalized words of the officials' full names in the gold file. */
  personWords: string[];
}

const FIXTURE_DIRS = ["../../fixtures/articles/", "../../fixtures/heldout/"];

interface JsonlFixture {
  id: string;
  text: string;
  title?: string;
  published?: string;
  url?: string;
}

export function loadTemplates(): Template[] {
  const templates: Template[] = [];
  for (const dir of FIXTURE_DIRS) {
    const path = fileURLToPath(new URL(dir, import.meta.url));
    for (const file of readdirSync(path).sort()) {
      const base = file.replace(/\.[a-z]+$/, "");
      const format = file.endsWith(".txt") ? "text" : file.endsWith(".html") ? "html" : null;
      if (format !== null) {
        const content = readFileSync(path + file, "utf8");
        templates.push({ name: base, format, content, personWords: goldNames(path, base, content) });
      }
      if (!file.endsWith(".jsonl")) continue;
      for (const line of readFileSync(path + file, "utf8").split("\n")) {
        if (line.trim() === "") continue;
        const { id, text, ...meta } = JSON.parse(line) as JsonlFixture;
        templates.push({ name: id, format: "text", content: text, ...meta, personWords: goldNames(path, id, text) });
      }
    }
  }
  return templates;
}

/** Name words from `<base>.gold.json`; words the text also writes in lower case ("Lalu" = "then") are not swapped. */
function goldNames(dir: string, base: string, text: string): string[] {
  const gold = JSON.parse(readFileSync(`${dir}${base}.gold.json`, "utf8")) as { officials?: Array<{ name: string }> };
  const words = new Set<string>();
  for (const { name } of gold.officials ?? []) for (const word of name.split(" ")) {
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(word) && !new RegExp(`(?<!\\p{L})${word.toLowerCase()}(?!\\p{L})`, "u").test(text)) words.add(word);
  }
  return [...words];
}
