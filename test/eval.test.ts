/**
 * `npm run eval` must score exactly as ../shared/tools/score.py does. The
 * predictions here are derived from gold with deliberate faults (a wrong
 * title, a missing place, an extra date, a wrong rank, a broken span), so
 * every matching rule is exercised; both scorers must give the same numbers.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { readGoldFiles } from "../src/eval/gold.ts";
import { FIELDS, norm, scoreRecords, type PredRecord } from "../src/eval/score.ts";
import { FIXTURES_DIR, SHARED_DIR } from "./helpers/fixtures.ts";

const SCORE_PY = join(SHARED_DIR, "tools/score.py");

type Item = Record<string, unknown>;
const items = (v: unknown) => (Array.isArray(v) ? (v as Item[]) : []);

/** A prediction built from gold, with one fault per field so nothing scores perfectly by accident. */
function faultyPrediction(key: string, gold: Item, n: number): PredRecord {
  const text = "Teks artikel untuk uji skor.";
  const officials = items(gold.officials).filter((o) => !o.optional).map((o, i) => ({ name: o.name, title: i === 0 ? "Walkot" : o.title, mentions: [] }));
  const places = items(gold.places).slice(1).map((p) => ({ name: items(p.aliases).length ? (p.aliases as string[])[0] : p.name, mentions: [{ start: 0, end: 4 }] }));
  const dates = [...items(gold.dates).map((d) => ({ value: d.value, text: "Teks", start: 0, end: 4 })), { value: "1999", text: "xx", start: 0, end: 4 }];
  const counts = items(gold.counts).map((c, i) => ({ value: c.value, unit: i === 0 ? "buah" : String(c.unit).toUpperCase(), text: "artikel", start: 5, end: 12 }));
  const awards = items(gold.awards).map((a) => ({
    name: a.name,
    mentions: [],
    results: items(a.results).map((r, i) => ({ recipient: r.recipient, category: r.category ?? null, rank: i === 0 && n % 2 ? 9 : (r.rank ?? null) })),
  }));
  return { id: key, source: { uri: `${key}.txt` }, text, officials, places, dates, counts, awards };
}

test("norm() normalizes names as score.py does", () => {
  expect(norm("  Provinsi “Jawa Tengah” ")).toBe('provinsi "jawa tengah');
  expect(norm("Badan Kepegawaian Negara ( BKN )Award")).toBe("badan kepegawaian negara (bkn) award");
});

test.skipIf(!existsSync(SCORE_PY))("scores the same as ../shared/tools/score.py", () => {
  const golds = readGoldFiles(FIXTURES_DIR);
  const preds = golds.map((g, n) => faultyPrediction(g.key, g.gold as Item, n));
  const dir = mkdtempSync(join(tmpdir(), "warta-eval-"));
  writeFileSync(join(dir, "pred.jsonl"), preds.map((p) => JSON.stringify(p)).join("\n") + "\n");
  execFileSync("python3", [SCORE_PY, "--gold", FIXTURES_DIR, "--pred", join(dir, "pred.jsonl"), "--json", join(dir, "score.json")], { stdio: "pipe" });
  const python = JSON.parse(readFileSync(join(dir, "score.json"), "utf8"));
  const ours = scoreRecords(golds, preds);
  for (const field of FIELDS) {
    const { tp, fp, fn } = ours.fields[field];
    expect({ field, tp, fp, fn }).toEqual({ field, tp: python[field].tp, fp: python[field].fp, fn: python[field].fn });
  }
  expect(ours.titleAccuracy === null ? null : Math.round(ours.titleAccuracy * 10000) / 10000).toBe(python.title_accuracy);
  expect(ours.badSpans).toBe(python.bad_spans);
  expect(ours.spans).toBe(python.spans);
});
