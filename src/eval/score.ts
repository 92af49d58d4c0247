/**
 * Precision / recall / F1 per field against gold, with the matching rules
 * of ../shared/tools/score.py (kept in step with it by a test): names and
 * aliases compared after normalization, greedy one-to-one matching,
 * optional gold items neutral, a duplicate of a matched item not an error,
 * award results matched by recipient, rank and category token overlap.
 */
import { articleKey, type GoldFile } from "./gold.ts";

export const FIELDS = ["officials", "places", "dates", "counts", "awards", "results"] as const;
export type Field = (typeof FIELDS)[number];

type Item = Record<string, unknown>;
/** A record as read back from JSON Lines: only the fields the scorer reads are assumed. */
export type PredRecord = Item & { text?: string; source?: { uri?: string }; id?: string };

export function norm(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = String(value).normalize("NFKC").toLowerCase();
  s = s.replace(/[\u201c\u201d]/g, '"').replace(/\u2019/g, "'");
  s = s.replace(/\s+/g, " ").trim();
  s = trimEdges(s, EDGE_CHARS);
  // Whitespace is single spaces by now, so " ?" is score.py's "\s*" without its quadratic backtracking on long runs.
  s = s.replace(/ ?\( ?/g, " (");
  s = s.replace(/ ?\) ?/g, ") ").trim();
  return s;
}

/** score.py strips these from both ends (its `^[...]+|[...]+$`, which backtracks quadratically on a long run of them). */
const EDGE_CHARS = new Set([" ", '"', "'", ".", ",", ";", ":", "(", ")", "-"]);

function trimEdges(s: string, chars: ReadonlySet<string>): string {
  let start = 0;
  let end = s.length;
  while (start < end && chars.has(s[start]!)) start += 1;
  while (end > start && chars.has(s[end - 1]!)) end -= 1;
  return s.slice(start, end);
}

const placeNorm = (value: unknown) => norm(value).replace(/^provinsi /, "");
const tokens = (value: unknown) => new Set(norm(value).match(/[0-9a-z]+/g) ?? []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function namesOf(item: Item, nf: (v: unknown) => string, nameKey = "name", aliasKey = "aliases"): Set<string> {
  const out = new Set([nf(item[nameKey]), ...strings(item[aliasKey]).map(nf)]);
  out.delete("");
  return out;
}

function predName(item: Item, nf: (v: unknown) => string, key = "name"): string {
  return nf(item[key]);
}

const sameByName = (nf: (v: unknown) => string) => (g: Item, p: Item) => {
  const name = predName(p, nf);
  return name !== "" && namesOf(g, nf).has(name);
};

const SAME: Record<Field, (g: Item, p: Item) => boolean> = {
  officials: sameByName(norm),
  places: sameByName(placeNorm),
  awards: sameByName(norm),
  dates: (g, p) => String(g.value) === String(p.value),
  counts: (g, p) => {
    const gv = Number(g.value);
    const pv = Number(p.value);
    if (!Number.isFinite(gv) || !Number.isFinite(pv) || g.value === null || p.value === null) return false;
    const units = new Set([norm(g.unit), ...strings(g.unitAliases).map(norm)]);
    return Math.abs(gv - pv) < 1e-9 * Math.max(1, Math.abs(gv)) && units.has(norm(p.unit));
  },
  results: (g, p) => {
    const recipient = predName(p, norm, "recipient");
    if (recipient === "" || !namesOf(g, norm, "recipient", "recipientAliases").has(recipient)) return false;
    if ((g.rank ?? null) !== (p.rank ?? null)) return false;
    if (g.category === null || g.category === undefined) return true;
    const pt = tokens(p.category ?? "");
    if (pt.size === 0) return false;
    return [g.category, ...strings(g.categoryAlt)].some((c) => {
      const gt = tokens(c);
      if (gt.size === 0) return false;
      const shared = [...gt].filter((t) => pt.has(t)).length;
      return shared / new Set([...gt, ...pt]).size >= 0.5;
    });
  },
};

export interface FieldMatch {
  tp: number;
  fp: number;
  fn: number;
  pairs: Array<[Item, Item]>;
  extras: Item[];
  missed: Item[];
}

/** score.py's match_field: greedy, in prediction order, first unused gold item that matches. */
export function matchField(gold: Item[], pred: Item[], same: (g: Item, p: Item) => boolean): FieldMatch {
  const used = new Set<number>();
  const pairs: Array<[Item, Item]> = [];
  const extras: Item[] = [];
  for (const p of pred) {
    const hit = gold.findIndex((g, i) => !used.has(i) && same(g, p));
    if (hit === -1) {
      if (![...used].some((i) => same(gold[i]!, p))) extras.push(p);
    } else {
      used.add(hit);
      pairs.push([gold[hit]!, p]);
    }
  }
  const tp = pairs.filter(([g]) => !g.optional).length;
  const missed = gold.filter((g, i) => !used.has(i) && !g.optional);
  return { tp, fp: extras.length, fn: missed.length, pairs, extras, missed };
}

function titleOk(g: Item, p: Item): boolean {
  const want = new Set([norm(g.title), ...strings(g.titleAlt).map(norm)]);
  return want.has(norm(p.title));
}

/** Spans that do not index the record's text (or whose surface differs from `text`). */
export function spanErrors(record: PredRecord): { bad: number; total: number } {
  const text = typeof record.text === "string" ? record.text : "";
  let bad = 0;
  let total = 0;
  const check = (obj: Item, surface?: unknown) => {
    const { start, end } = obj;
    if (start === undefined && end === undefined) return;
    total += 1;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= text.length)) {
      bad += 1;
      return;
    }
    if (surface !== undefined && text.slice(start as number, end as number) !== surface) bad += 1;
  };
  for (const field of ["officials", "places", "awards"]) {
    for (const item of (record[field] as Item[] | undefined) ?? []) for (const m of (item.mentions as Item[] | undefined) ?? []) check(m);
  }
  for (const field of ["dates", "counts"]) {
    for (const item of (record[field] as Item[] | undefined) ?? []) check(item, item.text);
  }
  return { bad, total };
}

export interface Miss {
  article: string;
  field: Field;
  kind: "MISSED" | "EXTRA";
  item: Item;
}

export interface Score {
  articles: number;
  missingRecords: string[];
  fields: Record<Field, { p: number; r: number; f1: number; tp: number; fp: number; fn: number }>;
  micro: { p: number; r: number; f1: number };
  titleAccuracy: number | null;
  badSpans: number;
  spans: number;
  misses: Miss[];
}

function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

/** Records keyed as score.py keys them: by the base name of source.uri (or id); the last one wins. */
export function keyRecords(records: PredRecord[]): Map<string, PredRecord> {
  const byKey = new Map<string, PredRecord>();
  for (const r of records) byKey.set(articleKey(String(r.source?.uri ?? r.id ?? "")), r);
  return byKey;
}

export function scoreRecords(golds: GoldFile[], records: PredRecord[]): Score {
  const preds = keyRecords(records);
  const totals = Object.fromEntries(FIELDS.map((f) => [f, [0, 0, 0]])) as Record<Field, [number, number, number]>;
  const titles = [0, 0];
  const spans = { bad: 0, total: 0 };
  const missingRecords: string[] = [];
  const misses: Miss[] = [];
  for (const { key, gold } of golds) {
    const record = preds.get(key);
    if (!record) missingRecords.push(key);
    const r: PredRecord = record ?? {};
    const { bad, total } = spanErrors(r);
    spans.bad += bad;
    spans.total += total;
    const goldItems = gold as unknown as Record<string, Item[] | undefined>;
    const list = (obj: Record<string, unknown>, field: string) => (obj[field] as Item[] | undefined) ?? [];
    const goldResults = list(goldItems, "awards").flatMap((aw) => list(aw, "results"));
    const predResults = list(r, "awards").flatMap((aw) => list(aw, "results"));
    for (const field of FIELDS) {
      const gi = field === "results" ? goldResults : list(goldItems, field);
      const pi = field === "results" ? predResults : list(r, field);
      const m = matchField(gi, pi, SAME[field]);
      totals[field][0] += m.tp;
      totals[field][1] += m.fp;
      totals[field][2] += m.fn;
      if (field === "officials") {
        for (const [g, p] of m.pairs) {
          if (g.optional) continue;
          titles[1]! += 1;
          if (titleOk(g, p)) titles[0]! += 1;
        }
      }
      for (const item of m.missed) misses.push({ article: key, field, kind: "MISSED", item });
      for (const item of m.extras) misses.push({ article: key, field, kind: "EXTRA", item });
    }
  }
  const fields = Object.fromEntries(
    FIELDS.map((f) => {
      const [tp, fp, fn] = totals[f];
      return [f, { ...prf(tp, fp, fn), tp, fp, fn }];
    }),
  ) as Score["fields"];
  const sum = (i: 0 | 1 | 2) => FIELDS.reduce((n, f) => n + totals[f][i], 0);
  return {
    articles: golds.length,
    missingRecords,
    fields,
    micro: prf(sum(0), sum(1), sum(2)),
    titleAccuracy: titles[1] ? titles[0]! / titles[1] : null,
    badSpans: spans.bad,
    spans: spans.total,
    misses,
  };
}
