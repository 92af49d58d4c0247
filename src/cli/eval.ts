/**
 * `npm run eval -- DIR [--pred FILE] [--verbose] [--json OUT]`
 *
 * Scores Warta against the `*.gold.json` files under DIR: per field
 * precision, recall and F1 (the rules of ../shared/tools/score.py). Without
 * --pred it first runs the pipeline over the articles in DIR; with it, it
 * scores an existing records file. --verbose lists every miss and extra.
 * Exits 0 when scored, 2 on a usage error or unreadable gold.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readGoldFiles } from "../eval/gold.ts";
import { FIELDS, scoreRecords, type PredRecord, type Score } from "../eval/score.ts";
import { runBatch } from "../batch/run.ts";
import { parseCommandArgs, runCommand, UsageError } from "./main.ts";

const USAGE = "usage: npm run eval -- DIR [--pred RECORDS.jsonl] [--verbose] [--json OUT] [--reference-date YYYY-MM-DD]";

async function recordsFor(dir: string, pred: string | undefined, referenceDate: string | null): Promise<PredRecord[]> {
  if (pred !== undefined) {
    return readFileSync(pred, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as PredRecord];
        } catch {
          return [];
        }
      });
  }
  const records: PredRecord[] = [];
  const summary = await runBatch([dir], { referenceDate }, {
    record: ({ json }) => void records.push(JSON.parse(json) as PredRecord),
    error: (error) => void process.stderr.write(`warta eval: ${error.source.uri}: ${error.stage}: ${error.message}\n`),
  });
  process.stderr.write(`warta eval: extracted ${summary.records} records from ${summary.articles} articles in ${dir}\n`);
  return records;
}

export function formatScore(score: Score, verbose: boolean): string {
  const lines: string[] = [];
  if (verbose) {
    for (const m of score.misses) {
      const keys = ["name", "value", "unit", "recipient", "rank", "category", "title"];
      const shown = Object.fromEntries(keys.filter((k) => k in m.item).map((k) => [k, m.item[k]]));
      lines.push(`  ${m.article} ${m.field} ${m.kind === "MISSED" ? "MISSED" : "EXTRA "} ${JSON.stringify(shown)}`);
    }
  }
  const f3 = (n: number) => n.toFixed(3).padStart(6);
  lines.push(`${"field".padEnd(10)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}   tp/fp/fn`);
  for (const field of FIELDS) {
    const s = score.fields[field];
    lines.push(`${field.padEnd(10)} ${f3(s.p)} ${f3(s.r)} ${f3(s.f1)}   ${s.tp}/${s.fp}/${s.fn}`);
  }
  const title = score.titleAccuracy === null ? "None" : String(Math.round(score.titleAccuracy * 10000) / 10000);
  lines.push(`title accuracy ${title}  bad spans ${score.badSpans}/${score.spans}  missing records ${score.missingRecords.length}`);
  lines.push(`micro F1 ${score.micro.f1.toFixed(3)} (P ${score.micro.p.toFixed(3)} R ${score.micro.r.toFixed(3)}) over ${score.articles} articles`);
  return lines.join("\n");
}

async function main(): Promise<number> {
  const args = parseCommandArgs({
    pred: { type: "string" },
    verbose: { type: "boolean", short: "v", default: false },
    json: { type: "string" },
    "reference-date": { type: "string" },
  });
  const [dir, ...rest] = args.positionals;
  if (dir === undefined || rest.length > 0) throw new UsageError("give exactly one DIR");
  let golds;
  try {
    golds = readGoldFiles(dir);
  } catch (err) {
    process.stderr.write(`warta eval: ${(err as Error).message}\n`);
    return 2;
  }
  if (golds.length === 0) {
    process.stderr.write(`warta eval: no *.gold.json files under ${dir}\n`);
    return 2;
  }
  const records = await recordsFor(dir, args.values.pred, args.values["reference-date"] ?? null);
  const score = scoreRecords(golds, records);
  process.stdout.write(formatScore(score, args.values.verbose) + "\n");
  if (score.missingRecords.length) process.stdout.write(`missing records: ${score.missingRecords.join(", ")}\n`);
  if (args.values.json) writeFileSync(args.values.json, JSON.stringify(score, null, 1) + "\n");
  return 0;
}

runCommand("eval", USAGE, main);
