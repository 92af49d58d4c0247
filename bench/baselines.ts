/**
 * What the benchmark compares Warta with: what a JavaScript user would reach
 * for today. `compromise` (English-only NLP: people, places, numbers) and
 * chrono-node's Indonesian parser alone (`chrono.id`, the date parser Warta
 * builds on). Both read the loaded article body, as Warta's cleaner does.
 * compromise's finds become records the project's scorer can read:
 * people -> officials (name), places -> places (name), numbers -> counts
 * (value, and the word right after the number as the unit).
 */
import * as chrono from "chrono-node";
import nlp from "compromise";
import type { PredRecord } from "../src/eval/score.ts";

/** Fixed, so chrono's relative dates do not depend on the day the benchmark runs. */
const CHRONO_REFERENCE = new Date(Date.UTC(2024, 6, 1, 5));
const NEXT_WORD = /^\s*([\p{L}]+)/u;

/** What a user would write: the three lists, materialized. */
export function runCompromise(text: string): void {
  const doc = nlp(text);
  doc.people().out("array");
  doc.places().out("array");
  doc.numbers().get();
}

export function runChrono(text: string): void {
  chrono.id.parse(text, CHRONO_REFERENCE);
}

interface NumberMatch {
  text: string;
  number?: { num?: number };
  offset: { start: number; length: number };
}

/** compromise's finds in `text` as a record for src/eval/score.ts, keyed by `uri`. */
export function compromiseRecord(uri: string, text: string): PredRecord {
  const doc = nlp(text);
  const counts = (doc.numbers().json({ offset: true }) as NumberMatch[]).flatMap((n) => {
    const value = n.number?.num;
    if (value === undefined || !Number.isFinite(value)) return [];
    const unit = NEXT_WORD.exec(text.slice(n.offset.start + n.offset.length))?.[1]?.toLowerCase() ?? "";
    return [{ value, unit }];
  });
  return {
    source: { uri },
    text,
    officials: (doc.people().out("array") as string[]).map((name) => ({ name })),
    places: (doc.places().out("array") as string[]).map((name) => ({ name })),
    dates: [],
    counts,
    awards: [],
  };
}
