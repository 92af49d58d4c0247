/**
 * Winners enumerated one per clause after an opener: "Mereka adalah Sahril
 * Bantacut, petani kopi ..., untuk kategori Perintis Lingkungan; Lembaga
 * Pengelola Hutan Desa (LPHD) Nusa Lestari ..., untuk kategori Penyelamat
 * Lingkungan; serta Cut Nurhayati, S.Pd., ...". Each clause's first name is
 * its recipient: a person or a group, which the places pass cannot know, or
 * a place in full when the clause opens with one. Its "kategori" phrase or
 * rank is the result. Only where the sentence, or the one before it, speaks
 * of winners ("penerima", "menerima trofi"), and only for two clauses or more:
 * a plain "adalah A, B" says nothing of who won what.
 */
import { alternation, caseSensitiveAlternation } from "../../rules/pattern.ts";
import type { Span } from "../../types.ts";
import { readRun } from "../officials/names.ts";
import { categoryOf, type Phrase } from "./phrases.ts";
import type { RankMention } from "./ranks.ts";
import { type Recipient, WIN_VERBS } from "./recipients.ts";
import { rankRules } from "./rules.ts";
import type { FoundResult } from "./results.ts";
import { WordStartRegExp } from "../../rules/wordStart.ts";

const { enumerations } = rankRules;
const OPENER = new WordStartRegExp(`(?<![\\p{L}\\p{N}])${caseSensitiveAlternation(enumerations.openers)}(?![\\p{L}\\p{N}])`, "u");
const WINNERS = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(enumerations.winnerWords)}(?![\\p{L}\\p{N}])`, "iu");
const CLAUSE_OPENING = new RegExp(`^[ \\t]*(?:${alternation(rankRules.clauseJoiners)}[ \\t]+)?`, "iu");
/** A recipient's name is at most this many words (groups have long names: "Lembaga Pengelola Hutan Desa Nusa Lestari"). */
const MAX_NAME_WORDS = 8;

export interface EnumerationScan {
  text: string;
  sentence: Span;
  /** The sentence before, which may name the winners ("Ketiganya baru kembali ..."). */
  before: Span | undefined;
  recipients: readonly Recipient[];
  phrases: readonly Phrase[];
  ranks: readonly RankMention[];
}

/** The name a clause opens with: a place recipient in full, else its capitalized words up to the first comma. */
function clauseRecipient(scan: EnumerationScan, from: number): { name: string; at: number } | null {
  const place = scan.recipients.find((r) => r.start === from);
  if (place !== undefined) return { name: place.name, at: place.start };
  const words: string[] = [];
  for (const item of readRun(scan.text, from)) {
    if (item.kind === "comma" || item.kind === "connector") break;
    if (item.kind === "word") words.push(item.text);
  }
  return words.length === 0 || words.length > MAX_NAME_WORDS ? null : { name: words.join(" "), at: from };
}

const inside = <T extends Span>(spans: readonly T[], clause: Span) => spans.filter((s) => s.start >= clause.start && s.end <= clause.end);

/** Whether a sentence has an opener and a clause break after it: cheap, before anything is read. */
export function mayEnumerate(text: string, sentence: Span): boolean {
  const opener = OPENER.exec(text.slice(sentence.start, sentence.end));
  const semicolon = opener === null ? -1 : text.indexOf(";", sentence.start + opener.index);
  return semicolon >= 0 && semicolon < sentence.end;
}

export function enumeratedResults(scan: EnumerationScan): FoundResult[] {
  const { text, sentence } = scan;
  const opener = OPENER.exec(text.slice(sentence.start, sentence.end));
  if (opener === null) return [];
  const listStart = sentence.start + opener.index + opener[0].length;
  const lead = text.slice(scan.before?.start ?? sentence.start, listStart);
  if (!WINNERS.test(lead) && !WIN_VERBS.test(lead)) return [];
  const clauses: Span[] = [];
  let start = listStart;
  for (let semicolon = text.indexOf(";", start); semicolon >= 0 && semicolon < sentence.end; semicolon = text.indexOf(";", start)) {
    clauses.push({ start, end: semicolon });
    start = semicolon + 1;
  }
  clauses.push({ start, end: sentence.end });
  if (clauses.length < 2) return [];
  return clauses.flatMap((clause) => {
    const from = clause.start + (CLAUSE_OPENING.exec(text.slice(clause.start, clause.end))?.[0].length ?? 0);
    const recipient = clauseRecipient(scan, from);
    const phrase = inside(scan.phrases, clause).find((p) => p.cue === "category");
    const rank = inside(scan.ranks, clause).find((r) => r.rank !== null);
    if (recipient === null || (phrase === undefined && rank === undefined)) return [];
    const category = phrase === undefined ? null : categoryOf(phrase);
    return [{ at: recipient.at, sentence, recipient: recipient.name, category, rank: rank?.rank ?? null, ruleId: "award.enumeration" }];
  });
}
