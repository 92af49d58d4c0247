/**
 * `npm run audit:regex`: every regular expression Warta runs, checked for
 * super-linear backtracking with recheck (a ReDoS analyser that proves a
 * pattern linear or finds an attack string).
 *
 * Collected two ways: the literals in src/ (from the TypeScript syntax
 * tree), and every RegExp that src/ code constructs, caught by wrapping the
 * RegExp constructor while the pipeline loads (rules/ patterns, word-list
 * alternations) and runs over the fixture articles (per-article patterns).
 *
 * A pattern recheck calls vulnerable must be fixed, or listed in REVIEWED
 * below with the reason it is harmless where it is used (its input cannot
 * grow, or its attack was measured linear); otherwise the audit fails.
 * Exit status: 0 clean, 1 not.
 * Slow (a few minutes on a busy machine), so it is not part of `npm test`;
 * each pattern fixed because of it has an adversarial-string test instead.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { check } from "recheck";
import ts from "typescript";

const ROOT = new URL("..", import.meta.url).pathname;
const SRC = join(ROOT, "src");

/**
 * Patterns recheck calls vulnerable that are harmless where they are used,
 * each with the reason: the input is bounded, or the attack was measured
 * and runs in linear time. Matched by file and the start of the pattern.
 */
const REVIEWED: Array<{ file: string; starts: string; reason: string }> = [
  { file: "src/segment/index.ts", starts: "[\\p{L}][\\p{L}.]*$", reason: "isAbbreviation runs it on the 16 characters before a period" },
  { file: "src/extract/awards/names.ts", starts: "\\s+\\d{4}$", reason: "acronymMentions runs it on an acronym match: an acronym and a year" },
  {
    file: "src/extract/quotes/attribution.ts",
    starts: "^menurut",
    reason: "anchored at the start and the phrase is at most 120 characters, so a failed match costs at most 120 passes over the spaces after it ('menurut X' + 40,000 tabs: 8 ms)",
  },
  {
    file: "src/extract/officials/titles.ts",
    starts: "(?<![\\p{L}\\p{N}])(?:(?<acting>",
    reason: "alternatives of fixed words joined by single space runs, no nested quantifier; recheck's attack ('pj' + 'wakil ' x 20,000) runs in 3 ms",
  },
  {
    file: "src/rules/wordStart.ts",
    starts: "(?:menjadi[ \\t]+yang|",
    reason: "the superlatives of src/extract/awards/ranks.ts (a WordStartRegExp: its body, built where the class is constructed): a superlative at most seven words after its cue: each cue tries a bounded number of words; recheck's attack ('sgelar\\tjuaraf' x 40,000, 520,000 characters) runs in 11 ms through findRanks, and 'gelar x x x ' x 40,000 in 5 ms",
  },
  {
    file: "src/extract/dates/ruleTag.ts",
    starts: "(\\W|^)",
    reason: "chrono-node's own Indonesian patterns; the dates extractor runs them only on text whose whitespace runs are bounded (extract/dates/boundWhitespace.ts): 'APR' + 40,000 em spaces takes 8 ms end to end",
  },
];

interface Found {
  source: string;
  flags: string;
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function literals(found: Map<string, Found>): void {
  for (const file of sourceFiles(SRC)) {
    const tree = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const slash = text.lastIndexOf("/");
        const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        add(found, { source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(ROOT, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
}

/** Runs `load` with RegExp wrapped, recording every pattern constructed by code under src/. */
async function constructed(found: Map<string, Found>, load: () => Promise<void>): Promise<void> {
  const Native = RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      const regex = Reflect.construct(target, args, newTarget) as RegExp;
      const caller = (new Error().stack ?? "").split("\n").slice(2).find((line) => line.includes(SRC));
      if (caller) add(found, { source: regex.source, flags: regex.flags, where: caller.trim().replace(ROOT, "") });
      return regex;
    },
  });
  try {
    await load();
  } finally {
    globalThis.RegExp = Native;
  }
}

function add(found: Map<string, Found>, item: Found): void {
  const key = `/${item.source}/${item.flags}`;
  if (!found.has(key)) found.set(key, item);
}

const found = new Map<string, Found>();
literals(found);
await constructed(found, async () => {
  const { loadInputs } = await import("../src/load/index.ts");
  const { processArticle } = await import("../src/pipeline.ts");
  for await (const loaded of loadInputs([join(ROOT, "fixtures/articles"), join(ROOT, "fixtures/heldout")])) if (loaded.ok) processArticle(loaded.article);
});

let failures = 0;
const tally: Record<string, number> = {};
for (const item of found.values()) {
  // recheck does not know the `d` flag (match indices); it does not change how a pattern matches.
  const result = await check(item.source, item.flags.replace("d", ""), { timeout: 30_000 });
  const reviewed = REVIEWED.some((r) => item.where.includes(r.file) && item.source.startsWith(r.starts));
  const verdict = result.status === "vulnerable" && reviewed ? "reviewed" : result.status;
  tally[verdict] = (tally[verdict] ?? 0) + 1;
  if (verdict === "safe" || verdict === "reviewed") continue;
  failures += 1;
  const attack = result.status === "vulnerable" ? ` ${result.complexity.type}, attack ${result.attack.pattern.slice(0, 80)}` : "";
  console.log(`${verdict}: ${item.where}\n  /${item.source.slice(0, 160)}/${item.flags}${attack}`);
}
console.log(`${found.size} patterns: ${Object.entries(tally).map(([k, n]) => `${n} ${k}`).join(", ")}`);
process.exitCode = failures > 0 ? 1 : 0;
