/**
 * The awards extractor: award names (names.ts), their results (results.ts)
 * and attributes (attributes.ts), merged into one entry per award.
 * Mentions of one award share a key; a former name ("Sebelumnya, ajang ini
 * bernama X") joins the award named before it. An article with no award
 * name gives no awards, whatever ranks it mentions.
 */
import type { z } from "zod";
import type { Award as AwardSchema } from "../../schema/record.ts";
import type { ExtractContext, OfficialMention, PlaceMention, Sentence, Span } from "../../types.ts";
import { officialsExtractor } from "../officials/index.ts";
import { extractPlaces } from "../places/index.ts";
import { organizerInName, readAttributes } from "./attributes.ts";
import { type AwardMention, findAwardMentions, isFormerName } from "./names.ts";
import { findResults, type FoundResult } from "./results.ts";
import { lastStartingBy, sentenceAt, spansWithin } from "../../text/spans.ts";

export type Award = z.infer<typeof AwardSchema>;

const overlaps = (a: Span, spans: Span[]) => spans.some((b) => b.start < a.end && a.start < b.end);
const sentenceOf = (sentences: Sentence[], at: number): Sentence | undefined => sentences[sentenceAt(sentences, at)];

/** Items by key, keys in first-seen order (Map.groupBy is Node 21). */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Mentions with former names re-keyed to the award named before them. */
function rekeyFormerNames(text: string, sentences: Sentence[], mentions: AwardMention[]): AwardMention[] {
  const out: AwardMention[] = [];
  // The last mention kept, and the last one before it with another key: the latest mention whose key is not m's is one of the two.
  let last: AwardMention | undefined;
  let lastOther: AwardMention | undefined;
  for (const m of mentions) {
    const earlier = last !== undefined && last.key !== m.key ? last : lastOther;
    const former = earlier !== undefined && isFormerName(text, sentenceOf(sentences, m.start)?.start ?? 0, m);
    const kept = former ? { ...m, key: earlier.key, naming: false } : m;
    if (last !== undefined && last.key !== kept.key) lastOther = last;
    last = kept;
    out.push(kept);
  }
  return out;
}

/** The award's name: the first naming mention with a year, else the first naming mention, else the first written form. */
function chooseName(mentions: AwardMention[]): string {
  const naming = mentions.filter((m) => m.naming);
  return (naming.find((m) => m.year !== null) ?? naming[0] ?? mentions[0]!).name;
}

const GOVERNMENT = "Pemerintah Provinsi ";
/** A province named once as its government ("Pemprov Kalteng") is that government where written bare too ("Kalimantan Tengah meraih ..."). */
function asGovernments(found: FoundResult[]): FoundResult[] {
  const governments = new Set(found.filter((r) => r.recipient.startsWith(GOVERNMENT)).map((r) => r.recipient));
  if (governments.size === 0) return found;
  return found.map((r) => (governments.has(GOVERNMENT + r.recipient) ? { ...r, recipient: GOVERNMENT + r.recipient } : r));
}

const categoryKey = (r: FoundResult) => `${r.recipient}\0${r.category?.toLowerCase() ?? ""}`;

/** What the whole article says of each recipient: a category or rank somewhere, a rank in a category. */
interface KnownResults {
  specific: ReadonlySet<string>;
  ranked: ReadonlySet<string>;
}

function knownResults(all: FoundResult[]): KnownResults {
  return {
    specific: new Set(all.filter((r) => r.category !== null || r.rank !== null).map((r) => r.recipient)),
    ranked: new Set(all.filter((r) => r.rank !== null).map(categoryKey)),
  };
}

/**
 * One result per recipient, category and rank; a vaguer repeat adds nothing:
 * "X meraih penghargaan" where X's category or rank is known anywhere in the
 * article, "X meraih kategori K" where X's rank in K is known.
 */
function resultsOf(found: FoundResult[], known: KnownResults, text: string): Award["results"] {
  const { specific, ranked } = known;
  const seen = new Set<string>();
  const out: Award["results"] = [];
  for (const r of found) {
    const id = `${categoryKey(r)}\0${r.rank ?? ""}`;
    const vague = r.rank === null && (r.category === null ? specific.has(r.recipient) : ranked.has(categoryKey(r)));
    if (seen.has(id) || vague) continue;
    seen.add(id);
    const { start, end } = r.sentence;
    out.push({ recipient: r.recipient, category: r.category, rank: r.rank, mentions: [{ start, end, text: text.slice(start, end), ruleId: r.ruleId }] });
  }
  return out;
}

/**
 * The article's awards. `places` and `officials` are the places and
 * officials passes' mentions of the same text (the pipeline has them
 * already; a caller without them gets a pass run here, once the text is
 * known to name an award): recipients are read from the places outside
 * quotations, from companies named with their legal form
 * (organizations.ts) and from persons who are not officials (results.ts).
 */
export function extractAwards(context: ExtractContext, places?: readonly PlaceMention[], officials?: readonly OfficialMention[]): Award[] {
  const { text, excluded } = context;
  const sentences = context.segmentation.sentences;
  const mentions = rekeyFormerNames(text, sentences, findAwardMentions(text).filter((m) => !overlaps(m, excluded)));
  if (mentions.length === 0) return [];
  // The dateline's city never wins: it is where the article was filed.
  const notRecipients = context.datelineCity ? [...excluded, context.datelineCity] : excluded;
  const found = asGovernments(findResults(text, sentences, places ?? extractPlaces(context), mentions, notRecipients, officials ?? officialsExtractor.extract(context)));
  const byKey = groupBy(mentions, (m) => m.key);
  const keys = [...byKey.keys()];
  // Mentions come sorted by start: the ones in a result's sentence, and the last one before its trigger, by bisection.
  const mentionsIn = spansWithin(sentences, mentions);
  // A result belongs to the award its sentence names (the last one before its trigger, else the first),
  // else to the award mentioned last before it, else to the first award.
  const keyOf = (r: FoundResult) => {
    const own = mentionsIn[sentenceAt(sentences, r.sentence.start)] ?? [];
    return (own.findLast((m) => m.start <= r.at) ?? own[0] ?? mentions[lastStartingBy(mentions, r.at)])?.key ?? keys[0];
  };
  const resultsByKey = groupBy(found, keyOf);
  const known = knownResults(found);
  return keys.map((key) => {
    const own = byKey.get(key)!;
    const name = chooseName(own);
    const passage = [...new Set(own.map((m) => sentenceOf(sentences, m.start)))]
      .filter((s): s is Sentence => s !== undefined)
      .map((s) => text.slice(s.start, s.end))
      .join("\n");
    const attributes = readAttributes(passage);
    return {
      name,
      aliases: [...new Set(own.flatMap((m) => [m.text, m.name]))].filter((a) => a !== name),
      year: own.find((m) => m.year !== null)?.year ?? null,
      organizer: organizerInName(name) ?? attributes.organizer,
      theme: attributes.theme,
      event: attributes.event,
      categories: attributes.categories,
      results: resultsOf(resultsByKey.get(key) ?? [], known, text),
      mentions: own.map((m) => ({ start: m.start, end: m.end, text: m.text, ruleId: m.ruleId })),
    };
  });
}
