/**
 * Who won what, sentence by sentence. A trigger is a rank ("Peringkat II"),
 * a level or category won ("meraih kategori Nindya", "Swasti Saba Wistara")
 * or a finalists list. A rank takes the recipient right after it ("juara 1
 * diraih Kota X") or else the nearest one before it, else the subject of the
 * sentence before ("Khusus untuk Pemprov Jatim, ... Antara lain peringkat I
 * ..."); its category is the phrase after it, else the sentence's "kategori"
 * phrase, else its "sebagai" phrase. A category without rank goes to the list
 * of recipients just before it. Recipients left over in a sentence that says
 * they won get the sentence's category and no rank.
 */
import { alternation, anyCaseAlternation } from "../../rules/pattern.ts";
import type { PlaceMention, Span } from "../../types.ts";
import type { AwardMention } from "./names.ts";
import { CATEGORY_CUE, categoryOf, cuedPhrases, type Phrase, readPhrase } from "./phrases.ts";
import { enumeratedResults, mayEnumerate } from "./enumeration.ts";
import { organizationHeads, organizationsIn, withOrganizations } from "./organizations.ts";
import { ACTIVE_HAND_OVER_SOURCE, agedPersons, personsIn, referredPersons, shortNames, withPersons } from "./persons.ts";
import { findRanks, type RankMention } from "./ranks.ts";
import { HAND_OVER_GAP, mayReceive, type Recipient, recipientsIn, WIN_VERBS, WIN_VERBS_ALL } from "./recipients.ts";
import { nameRules, rankRules } from "./rules.ts";
import { spansOverlapping, spansStartingIn, spansWithin } from "../../text/spans.ts";
import { WordStartRegExp } from "../../rules/wordStart.ts";

export interface FoundResult {
  /** Offset of the trigger, to tie the result to the award mentioned nearest before it. */
  at: number;
  sentence: Span;
  recipient: string;
  category: string | null;
  rank: number | null;
  ruleId: string;
}

const NEGATIVE = new WordStartRegExp(`(?<![\\p{L}])${alternation(rankRules.negativeCues)}(?![\\p{L}])`, "iu");
const PRIZE_SCHEDULE = new WordStartRegExp(`(?<![\\p{L}])${alternation(rankRules.prizeScheduleCues)}(?![\\p{L}])`, "iu");
const CONNECTIVE = new RegExp(
  `^[ \\t]*(?:${alternation(rankRules.rankQualifiers)}[ \\t]+)?(?:${alternation([...rankRules.rankToRecipient, ...rankRules.awardHandOvers.verbs, ...rankRules.teamHeads])}[ \\t]+)*$`,
  "iu",
);
// Each space run belongs to one part of the gap, so a long run cannot be split many ways (quadratic).
const LIST_GAP = /^[ \t]*(?:\([^()]*\)[ \t]*)?(?:,[ \t]*)?(?:(?:dan|serta)[ \t]+)?$/u;
const { finalists } = rankRules;
const FINALISTS = new RegExp(
  `${alternation(finalists.cues)}[ \\t]+[\\p{L}\\p{N}]+[ \\t]+${finalists.sizeWord}(?![\\p{L}])`,
  "iu",
);
const OPENER = new WordStartRegExp(`(?<![\\p{L}])${alternation(finalists.openers)}(?![\\p{L}])`, "iu");

/** A quotation on one line, marks included. */
const QUOTED = /["“][^"“”\n]*["”]/g;

/**
 * Quoted speech says what someone hopes or recalls, not what was won: the
 * text with its quotations blanked out (offsets kept), and the places
 * outside them.
 */
function withoutQuotations(text: string, places: readonly PlaceMention[]): { masked: string; places: readonly PlaceMention[] } {
  const quoted: Span[] = [];
  const masked = text.replace(QUOTED, (q: string, start: number) => {
    quoted.push({ start, end: start + q.length });
    return " ".repeat(q.length);
  });
  return { masked, places: quoted.length === 0 ? places : places.filter((p) => !quoted.some((q) => q.start < p.end && p.start < q.end)) };
}

/**
 * Recipients written as one list ("A, B (b), dan C"), in text order; with
 * `ownCategory`, a member may be followed by its own category phrase ("A
 * untuk kategori X, B untuk kategori Y").
 */
function lists(text: string, recipients: Recipient[], ownCategory: (r: Recipient) => Phrase | undefined = () => undefined): Recipient[][] {
  const out: Recipient[][] = [];
  for (const r of recipients) {
    const last = out.at(-1);
    const tail = last?.at(-1);
    if (last !== undefined && tail !== undefined && LIST_GAP.test(text.slice(ownCategory(tail)?.end ?? tail.end, r.start))) last.push(r);
    else out.push([r]);
  }
  return out;
}

/**
 * The list just before offset `at` when a win verb stands between them
 * ("Kota Makassar dan Kota Parepare meraih Swasti Saba Wistara"), else none.
 */
function winnersBefore(text: string, recipients: Recipient[], at: number): Recipient[] {
  const list = lists(text, recipients.filter((r) => r.end <= at)).at(-1) ?? [];
  const end = list.at(-1)?.end;
  return end !== undefined && WIN_VERBS.test(text.slice(end, at)) ? list : [];
}

/** Few lower-case words between a winner and its verb: "Kota Blitar, meraih", "juga meraih", "diterima oleh Provinsi NTB". */
const ACTIVE_GAP = /^[ \t]*(?:\([^()]*\)[ \t]*)?(?:,[ \t]*)?(?:\p{Ll}[\p{L}-]*[ \t]+){0,3}$/u;
const CLAUSE_OPENER = new WordStartRegExp(`(?<![\\p{L}])${alternation(rankRules.clauseOpeners)}(?![\\p{L}])`, "iu");
const WINNING_WORDS = new WordStartRegExp(`(?<![\\p{L}])${alternation([...rankRules.winVerbs, ...rankRules.categoryCues, ...rankRules.awardHandOvers.verbs])}(?![\\p{L}])`, "iu");
const PAST = new WordStartRegExp(`(?<![\\p{L}])${alternation(rankRules.pastCues)}(?![\\p{L}])`, "iu");
/** A past cue opening the sentence ("Tahun lalu, RSUD X menempati peringkat pertama", "Kala itu Sinjai ...") dates all of it. */
const PAST_OPENER = new RegExp(`^[ \\t]*${alternation(rankRules.pastCues)}(?:[ \\t]*,|[ \\t]+)`, "iu");

/** The clause of a sentence up to offset `at`: from the comma or semicolon nearest before it. */
function clauseBefore(text: string, sentence: Span, at: number): string {
  const before = text.slice(sentence.start, at);
  return before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
}

/** The clause of a sentence around offset `at`: between the commas or semicolons nearest to it. */
function clauseAround(text: string, sentence: Span, at: number): string {
  const slice = text.slice(sentence.start, sentence.end);
  const local = at - sentence.start;
  const start = Math.max(slice.lastIndexOf(",", local), slice.lastIndexOf(";", local)) + 1;
  const ends = [slice.indexOf(",", local), slice.indexOf(";", local)].filter((i) => i >= 0);
  return slice.slice(start, ends.length > 0 ? Math.min(...ends) : slice.length);
}

const OPENS_CLAUSE_BEFORE = new WordStartRegExp(`(?<![\\p{L}])${alternation(rankRules.clauseOpeners)}[ \\t]+$`, "iu");
/**
 * Between a passive verb and its agent: a few lower-case words, or a government or team head ("diberikan kepada Pemerintah
 * |Kabupaten X"), or a counted noun and a word that announces the list ("diberikan kepada empat daerah, yakni |Kota X, ...").
 */
const PASSIVE_GAP = new RegExp(
  `^[ \\t]+(?:(?:(?:\\p{Ll}+|${anyCaseAlternation(rankRules.teamHeads)})[ \\t]+){0,2}` +
    `|(?:[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}./-]*[ \\t]+){0,2}[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}./-]*[ \\t]*(?:,[ \\t]*)?${alternation(rankRules.listAnnouncers)}[ \\t]+)$`,
  "u",
);
/** How far a win verb may stand from its winner, in characters: a parenthesis and three words. */
const VERB_WINDOW = 120;

const { awardHandOvers } = rankRules;
const HAND_OVERS = new WordStartRegExp(`(?<![\\p{L}])${alternation(awardHandOvers.verbs)}(?![\\p{L}])`, "giu");
const AWARD_NOUNS = new WordStartRegExp(`(?<![\\p{L}])${alternation([...awardHandOvers.nouns, ...rankRules.categoryCues])}(?![\\p{L}])`, "iu");

const ANY_HAND_OVER = new WordStartRegExp(`(?<![\\p{L}])${alternation([...awardHandOvers.verbs, ...awardHandOvers.activeVerbs])}(?![\\p{L}])`, "iu");
/** "memberikan penghargaan khusus pengabdian kepada |A": an award's noun and a few words handed over, right before the list. */
const ACTIVE_HAND_OVER = new WordStartRegExp(`${ACTIVE_HAND_OVER_SOURCE}$`, "iu");

/** The latest match of `pattern` (global) in `before` with only a few lower-case words after it. */
function lastRightBefore(pattern: RegExp, before: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(before); m !== null; m = pattern.exec(before)) last = m;
  return last !== undefined && PASSIVE_GAP.test(before.slice(last.index + last[0].length)) ? last : undefined;
}

/**
 * "trofi Kalpataru jatuh kepada X": a hand-over verb right before the list, an award's noun, a category cue
 * or an award's name in its clause (between the last comma and the verb). What it hands over is the clause
 * from the noun on ("Penghargaan khusus Puskesmas Ramah Pekerja Informal"), unless an award's name is in it.
 */
function handedAward(before: string, beforeStart: number, awards: readonly Span[]): { handed: string | null } | null {
  // Most lists have none: one scan for any hand-over word first.
  if (!ANY_HAND_OVER.test(before)) return null;
  const active = ACTIVE_HAND_OVER.exec(before);
  if (active?.groups?.handed !== undefined) return { handed: active.groups.handed };
  const handOver = lastRightBefore(HAND_OVERS, before);
  if (handOver === undefined) return null;
  const clauseFrom = (at: number) => Math.max(before.lastIndexOf(",", at), before.lastIndexOf(";", at)) + 1;
  let clauseStart = clauseFrom(handOver.index!);
  // "Penghargaan tertinggi, Adipura Kencana, diberikan kepada ...": the subject is the apposition before the comma.
  if (clauseStart >= 2 && before.slice(clauseStart, handOver.index).trim() === "") clauseStart = clauseFrom(clauseStart - 2);
  const from = beforeStart + clauseStart;
  const to = beforeStart + handOver.index!;
  const clause = before.slice(clauseStart, handOver.index);
  const noun = AWARD_NOUNS.exec(clause);
  const named = awards.some((a) => a.start >= from && a.end <= to);
  if (noun === null) return named ? { handed: null } : null;
  const handed = clause.slice(noun.index).trim();
  return { handed: named || !/\s/u.test(handed) ? null : handed };
}

/** The passive win verb or award hand-over right before `first`: the text before it, where it starts. */
function beforeList(text: string, sentence: Span, first: Recipient): { before: string; beforeStart: number } {
  const beforeStart = Math.max(sentence.start, first.start - VERB_WINDOW);
  return { before: text.slice(beforeStart, first.start), beforeStart };
}

/** Whether a list is the subject of a win verb right after it, or the agent right after a passive one or a hand-over of an award. */
function saidToWin(text: string, sentence: Span, list: Recipient[], awards: readonly Span[]): boolean {
  const first = list[0]!;
  const last = list.at(-1)!;
  const after = text.slice(last.end, Math.min(sentence.end, last.end + VERB_WINDOW));
  const verb = WIN_VERBS.exec(after);
  // "..., ketika NTB hanya membawa pulang satu gelar": a subject inside a subordinate clause won nothing now.
  const subordinate = OPENS_CLAUSE_BEFORE.test(text.slice(Math.max(sentence.start, first.start - 20), first.start));
  if (verb !== null && !subordinate && ACTIVE_GAP.test(after.slice(0, verb.index)) && !CLAUSE_OPENER.test(after.slice(0, verb.index))) return true;
  const { before, beforeStart } = beforeList(text, sentence, first);
  return lastRightBefore(WIN_VERBS_ALL, before) !== undefined || handedAward(before, beforeStart, awards) !== null;
}

interface SentenceScan {
  text: string;
  sentence: Span;
  recipients: Recipient[];
  /** The sentence's places that are not recipients: addresses ("Kota Padang Panjang, Sumatera Barat, ..."). */
  addresses: Span[];
  ranks: RankMention[];
  phrases: Phrase[];
  used: Set<Phrase>;
  paired: Set<Recipient>;
  carried: Recipient | undefined;
}

/** A lower-case category between a rank and the verb that hands it over: "juara I seni regu putra direbut tim Kabupaten X". */
const CATEGORY_BEFORE_VERB = new RegExp(
  `^[ \\t]+(?<category>\\p{Ll}[\\p{L}-]*(?:[ \\t]+\\p{Ll}[\\p{L}-]*){0,3})[ \\t]+${alternation(rankRules.rankToRecipient)}[ \\t]+(?:${alternation(rankRules.teamHeads)}[ \\t]+)?$`,
  "u",
);
function categoryBeforeVerb(scan: SentenceScan, rank: RankMention): { recipient: Recipient; category: Phrase } | null {
  const after = scan.recipients.find((r) => r.start >= rank.end);
  const gap = after === undefined ? "" : scan.text.slice(rank.end, after.start);
  // "Peringkat ketiga kategori yang sama ditempati X": a qualifier, read as such (rankRecipient), names no category.
  const match = after === undefined || CONNECTIVE.test(gap) ? null : CATEGORY_BEFORE_VERB.exec(gap);
  const text = match?.groups?.category;
  if (after === undefined || match === null || text === undefined) return null;
  const start = rank.end + gap.indexOf(text);
  return { recipient: after, category: { start, end: start + text.length, text, cue: "category" } };
}

/** Between a winner and the category phrase that is its own: "Kota Surabaya| untuk kategori |kota metropolitan". */
const OWN_CATEGORY_GAP = new RegExp(`^[ \\t]*(?:,[ \\t]*)?(?:${alternation(rankRules.ownCategoryLinks)}[ \\t]+)?${alternation(rankRules.categoryCues)}[ \\t]+$`, "iu");
/** How far after its winner an own category phrase may start: an address and the cue. */
const OWN_CATEGORY_REACH = 60;

/** The category phrase right after a winner, its address left out ("Kabupaten Bantaeng, Sulawesi Selatan, untuk kategori kota kecil"). */
function ownCategory(scan: SentenceScan, r: Recipient): Phrase | undefined {
  return scan.phrases.find((p) => {
    if (p.cue !== "category" || p.start <= r.end || p.start - r.end > OWN_CATEGORY_REACH) return false;
    const address = scan.addresses.find((a) => a.start >= r.end && a.end <= p.start);
    const gap = address === undefined ? scan.text.slice(r.end, p.start) : scan.text.slice(r.end, address.start) + scan.text.slice(address.end, p.start);
    return OWN_CATEGORY_GAP.test(gap.replace(/,[ \t]*,/u, ","));
  });
}

/** A listing verb right before the next winners: ", diikuti |Kota Pekanbaru dan Kota Bitung". */
const LISTED_NEXT = new RegExp(`(?:^|[ \\t,])${alternation(rankRules.listingVerbs)}[ \\t]+$`, "iu");

/** The rest of a superlative's title, then the verb that hands it over: "Gelar atlet terbaik| putra jatuh kepada |X". */
const SUPERLATIVE_HANDED = new RegExp(
  `^[ \\t]+(?:\\p{Ll}[\\p{L}-]*[ \\t]+){0,3}${alternation([...rankRules.rankToRecipient, ...awardHandOvers.verbs])}[ \\t]+$`,
  "u",
);

function rankRecipient(scan: SentenceScan, rank: RankMention, from: number): Recipient | undefined {
  const after = scan.recipients.find((r) => r.start >= from);
  const gap = after === undefined ? "" : scan.text.slice(from, after.start);
  const handed = rank.ruleId === "rank.superlative" && SUPERLATIVE_HANDED.test(gap);
  if (after !== undefined && (CONNECTIVE.test(gap) || handed || (from === rank.end && HAND_OVER_GAP.test(gap)))) return after;
  return scan.recipients.filter((r) => r.end <= rank.start).at(-1) ?? (scan.recipients.length === 0 ? scan.carried : undefined);
}

/** The phrase right after a rank, when it names a category: "Peringkat I Pengembangan Kompetensi ASN", "juara 2 kategori X". */
function phraseAfterRank(scan: SentenceScan, rank: RankMention, barrier: (at: number) => boolean): Phrase | null {
  if (rank.ruleId === "rank.superlative") return null;
  const after = readPhrase(scan.text, rank.end, scan.sentence, barrier, "rank");
  return after !== null && (/^\p{Lu}/u.test(after.text) || CATEGORY_CUE.test(after.text)) ? after : null;
}

function rankCategory(scan: SentenceScan, rank: RankMention, after: Phrase | null): string | null {
  if (after !== null) {
    for (const p of scan.phrases) if (p.start < after.end && after.start < p.end) scan.used.add(p);
    return categoryOf(after);
  }
  const cued = scan.phrases.filter((p) => p.cue === "category");
  // The title a superlative closes or stands in: "sebagai provinsi terinovatif", "Predikat daerah tertinggal terinovatif".
  const holds = (p: Phrase) => p.start <= rank.start && rank.start <= p.end;
  const title = scan.phrases.find((p) => p.cue === "as" && holds(p)) ?? (rank.ruleId === "rank.superlative" ? cued.find(holds) : undefined);
  const later = cued.find((p) => p.start >= rank.end);
  // A superlative's title names its category unless a category follows in its clause: "sebagai Kota Terbaik kategori
  // X" is in X, "Gelar atlet terbaik putra jatuh kepada A, yang ... di kelas 61 kilogram" in "atlet terbaik putra".
  const laterApplies = later !== undefined && (rank.ruleId !== "rank.superlative" || title === undefined || !/[,;]/u.test(scan.text.slice(rank.end, later.start)));
  const phrase = cued.filter((p) => p.end <= rank.start).at(-1) ?? (laterApplies ? later : undefined) ?? title;
  if (phrase === undefined) return null;
  scan.used.add(phrase);
  if (phrase === title && rank.end === phrase.end && phrase.start < rank.start && /^\p{Ll}/u.test(scan.text.slice(rank.start, rank.end))) {
    // "dinobatkan sebagai Kepala Sekolah Inspiratif terbaik": the superlative closing the title is the rank, the rest the
    // category; capitalized it is part of a prize's name ("sebagai Kabupaten Pembina Terbaik").
    return categoryOf({ ...phrase, text: scan.text.slice(phrase.start, rank.start).trim() }) || null;
  }
  // "sebagai juara bola voli putri": the title won opens the phrase, the rest names the category.
  if (phrase.cue === "as" && phrase.start === rank.start) return scan.text.slice(rank.end, phrase.end).trim() || null;
  return categoryOf(phrase);
}

// "kategori tersebut" and "kategori yang sama" ("yang" ends the phrase, leaving the bare cue).
const CATEGORY_ANAPHOR = new RegExp(`^${alternation([...rankRules.categoryAnaphors, ...rankRules.categoryCues])}$`, "iu");
/** A category cue and an anaphor: "kategori yang sama", "cabang tersebut". */
const SAME_CATEGORY = new WordStartRegExp(
  `(?<![\\p{L}])${alternation(rankRules.categoryCues)}[ \\t]+${alternation(rankRules.categoryAnaphors)}(?![\\p{L}])`,
  "iu",
);
/** Between a list of winners and the series of ranks after it: a few lower-case words ("menyusul di", "masing-masing menempati"). */
const SERIES_GAP_BEFORE = /^[ \t]*(?:,[ \t]*)?(?:\p{Ll}[\p{L}-]*[ \t]+){1,4}$/u;
const SERIES_CUE = new WordStartRegExp(`(?<![\\p{L}])${alternation(rankRules.seriesCues)}(?![\\p{L}])`, "iu");

/**
 * A coordinated series of ranks shared out, in order, over as many
 * recipients after it: "juara I, II, dan III masing-masing diraih A, B, dan
 * C", "posisi kedua dan ketiga kategori desa ditempati A di X, serta B".
 * Null unless a series cue stands before the recipients and there are enough of them.
 */
function seriesRecipients(scan: SentenceScan, series: RankMention[], after: Phrase | null): Recipient[] | null {
  const from = after?.end ?? series.at(-1)!.end;
  const following = scan.recipients.filter((r) => r.start >= from).slice(0, series.length);
  const first = following[0];
  if (following.length >= series.length && first !== undefined && SERIES_CUE.test(scan.text.slice(from, first.start))) return following;
  // "A dan B menyusul di posisi kedua dan ketiga": a list of as many recipients, a few lower-case words before the series.
  const before = lists(scan.text, scan.recipients.filter((r) => r.end <= series[0]!.start)).at(-1) ?? [];
  const gap = before.length === series.length ? scan.text.slice(before.at(-1)!.end, series[0]!.start) : null;
  return gap !== null && SERIES_GAP_BEFORE.test(gap) ? before : null;
}

function sentenceResults(scan: SentenceScan, awards: AwardMention[], hasAward: boolean): FoundResult[] {
  const { text, sentence } = scan;
  const out: FoundResult[] = [];
  // The recipients ranked so far, and where: "A meraih peringkat pertama, diikuti B dan C" ranks B and C after A.
  const ranked: Array<{ recipient: Recipient; rank: number; category: string | null }> = [];
  const add = (r: Recipient, category: string | null, rank: number | null, at: number, ruleId: string) => {
    scan.paired.add(r);
    if (rank !== null) ranked.push({ recipient: r, rank, category });
    out.push({ at, sentence, recipient: r.name, category, rank, ruleId });
  };
  const starts = new Set([...scan.recipients, ...awards, ...scan.ranks.filter((r) => r.ruleId !== "rank.superlative")].map((x) => x.start));
  const barrier = (at: number) => starts.has(at);
  for (const [k, rank] of scan.ranks.entries()) {
    if (rank.ruleId === "rank.series") continue; // shared out with the rank that opens its series
    // "... karena tiga tahun berturut-turut berada di posisi puncak": a rank in a clause that gives a reason or a time is no result.
    if (CLAUSE_OPENER.test(clauseBefore(text, sentence, rank.start))) continue;
    if (rank.level !== null) {
      for (const r of winnersBefore(text, scan.recipients, rank.start)) add(r, rank.level, null, rank.start, rank.ruleId);
      continue;
    }
    if (rank.series !== undefined) {
      const series = scan.ranks.slice(k, k + rank.series);
      const after = phraseAfterRank(scan, series.at(-1)!, barrier);
      const shared = seriesRecipients(scan, series, after);
      if (shared !== null) {
        const category = rankCategory(scan, rank, after);
        shared.forEach((r, i) => add(r, category, series[i]!.rank, rank.start, "award.rank-series"));
        continue;
      }
    }
    const after = phraseAfterRank(scan, rank, barrier);
    const named = after === null && rank.ruleId !== "rank.superlative" ? categoryBeforeVerb(scan, rank) : null;
    if (named !== null) {
      // Named like a "kategori" phrase: a later rank of "kategori yang sama" inherits it.
      scan.phrases.push(named.category);
      scan.used.add(named.category);
      add(named.recipient, named.category.text, rank.rank, rank.start, rank.ruleId);
      continue;
    }
    const recipient = rankRecipient(scan, rank, after?.end ?? rank.end);
    if (recipient !== undefined) add(recipient, rankCategory(scan, rank, after), rank.rank, rank.start, rank.ruleId);
  }
  for (const list of lists(text, scan.recipients.filter((r) => !scan.paired.has(r)))) {
    const before = ranked.filter((r) => r.recipient.end <= list[0]!.start).at(-1);
    if (before === undefined || !LISTED_NEXT.test(text.slice(Math.max(before.recipient.end, list[0]!.start - 40), list[0]!.start))) continue;
    list.forEach((r, k) => add(r, before.category, before.rank + k + 1, r.start, "award.rank-listing"));
  }
  for (const p of scan.phrases.filter((p) => p.cue === "category" && !scan.used.has(p))) {
    for (const r of winnersBefore(text, scan.recipients, p.start)) add(r, categoryOf(p), null, p.start, "award.result-category");
  }
  for (const m of awards.filter((a) => a.level !== null)) for (const r of winnersBefore(text, scan.recipients, m.start)) add(r, m.level, null, m.start, m.ruleId);
  if (!hasAward) return out;
  const own = (r: Recipient) => ownCategory(scan, r);
  for (const list of lists(text, scan.recipients.filter((r) => !scan.paired.has(r)), own)) {
    if (!saidToWin(text, sentence, list, awards)) continue;
    const phrase = scan.phrases.filter((p) => p.cue === "category" && p.end <= list[0]!.start).at(-1);
    // Without a category phrase, what a hand-over gives may name it: "Penghargaan khusus X diberikan kepada A".
    const { before, beforeStart } = beforeList(text, sentence, list[0]!);
    const category = phrase === undefined ? (handedAward(before, beforeStart, awards)?.handed ?? null) : categoryOf(phrase);
    for (const r of list) {
      const itsOwn = own(r);
      if (itsOwn !== undefined) scan.used.add(itsOwn);
      add(r, itsOwn === undefined ? category : categoryOf(itsOwn), null, r.start, "award.result-winner");
    }
  }
  return out;
}

const CONTEXT_RULES = new Set(nameRules.contestContexts.map((c) => c.id));

/**
 * "SMP Negeri 2 Playen menjuarai LCC": in an article about several contests,
 * the contest named right after a rank is the rank's category (read like a
 * "kategori" phrase, so a later rank may inherit it).
 */
function contestsAfterRanks(text: string, ranks: RankMention[], awards: AwardMention[]): Phrase[] {
  return awards
    .filter((a) => ranks.some((r) => r.end <= a.start && /^[ \t]+$/.test(text.slice(r.end, a.start))))
    .map((a) => ({ start: a.start, end: a.end, text: a.text, cue: "category" as const }));
}

/** "predikat harapan": an honourable mention, not a category later ranks could be in. */
const HONOURABLE = new Set(rankRules.honourable.words.map((w) => w.toLowerCase()));

/** The category a sentence's phrases name last, if any (not "kategori tersebut", not "predikat harapan"): later ranks without one inherit it. */
function namedCategory(phrases: Phrase[]): string | null {
  const named = phrases.filter((p) => p.cue === "category").map(categoryOf);
  return named.filter((c) => !CATEGORY_ANAPHOR.test(c) && !HONOURABLE.has(c.toLowerCase())).at(-1) ?? null;
}

/** The category the latest of `sentences` names, if any. */
function lastNamedCategory(text: string, sentences: Span[]): string | null {
  for (let k = sentences.length - 1; k >= 0; k--) {
    const named = namedCategory(cuedPhrases(text, sentences[k]!, () => false));
    if (named !== null) return named;
  }
  return null;
}

/** "masuk dalam enam besar X ... adalah A, B, dan C": finalists, without rank. */
function finalistResults(scan: SentenceScan): FoundResult[] {
  const { text, sentence } = scan;
  const cue = FINALISTS.exec(text.slice(sentence.start, sentence.end));
  if (cue === null) return [];
  const cueEnd = sentence.start + cue.index + cue[0].length;
  const opener = OPENER.exec(text.slice(cueEnd, sentence.end));
  if (opener === null) return [];
  const listStart = cueEnd + opener.index;
  const phrase = readPhrase(text, cueEnd, sentence, () => false, "category");
  return scan.recipients
    .filter((r) => r.start > listStart)
    .map((r) => ({ at: cueEnd, sentence, recipient: r.name, category: phrase?.text ?? null, rank: null, ruleId: "award.finalists" }));
}

/** A sentence's persons, and those it refers back to where no person found there overlaps them. */
function withReferred(persons: Recipient[], referred: Recipient[]): Recipient[] {
  const extra = referred.filter((r) => !persons.some((p) => p.start < r.end && r.start < p.end));
  return extra.length === 0 ? persons : [...persons, ...extra].sort((a, b) => a.start - b.start);
}

/** Results in text order; `places` are the text's place mentions, `awards` its award mentions (their spans hold no recipient). */
export function findResults(
  text: string,
  sentences: Span[],
  allPlaces: readonly PlaceMention[],
  awards: AwardMention[],
  blocked: Span[],
  officials: readonly Span[] = [],
): FoundResult[] {
  const { masked, places } = withoutQuotations(text, allPlaces);
  const ranks = findRanks(masked);
  const out: FoundResult[] = [];
  let previous: Recipient[] = [];
  let lastCategory: string | null = null;
  // Everything grouped by sentence once: filtering every list for every sentence is quadratic in a long article.
  const placesIn = spansWithin(sentences, places);
  const awardsIn = spansWithin(sentences, awards);
  const ranksIn = spansWithin(sentences, ranks);
  const barrierRanksIn = spansStartingIn(sentences, ranks.filter((r) => r.ruleId !== "rank.superlative"));
  const notRecipientsOver = spansOverlapping(sentences, [...awards, ...blocked]);
  const officialsIn = spansOverlapping(sentences, officials);
  const headsIn = spansWithin(sentences, organizationHeads(masked));
  // Persons named in full with an age: a later sentence may refer to them by the end of the name.
  const aged = shortNames(agedPersons(masked, sentences, [...officials, ...places, ...awards, ...blocked]));
  // With several contests in the article, one named right after a rank is the rank's category, unless the rank's own
  // phrase named it ("juara umum Gelar Seni Budaya Daerah": the event won overall).
  const severalAwards = new Set(awards.map((a) => a.key)).size > 1;
  // An award named with its edition's year is what the article reports, never a contest inside another
  // ("keluar sebagai juara I Anugerah Keterbukaan Informasi Publik Sulawesi Selatan 2026 kategori ...").
  const editions = new Set(awards.filter((a) => a.year !== null).map((a) => a.key));
  const latestEdition = new Map<string, number>();
  for (const a of awards) if (a.year !== null && a.year > (latestEdition.get(a.key) ?? 0)) latestEdition.set(a.key, a.year);
  const subContests = severalAwards ? awards.filter((a) => !CONTEXT_RULES.has(a.ruleId) && !editions.has(a.key)) : [];
  // Sentences skipped since the last one read whole: their category phrases are read only when a rank inherits one.
  let unread: Span[] = [];
  // The award the sentences are about: a category named under one is no category of another.
  let currentAward: string | null = null;
  for (const [i, sentence] of sentences.entries()) {
    const mentioned: string | null = awardsIn[i]!.at(-1)?.key ?? currentAward;
    if (mentioned !== currentAward) {
      if (currentAward !== null) {
        lastCategory = null;
        unread = [];
      }
      currentAward = mentioned;
    }
    // Persons are looked for only where something is won: a rank, a win verb, a category or an enumeration.
    const written = masked.slice(sentence.start, sentence.end);
    const enumerates = mayEnumerate(masked, sentence);
    const speaksOfWinning = enumerates || ranksIn[i]!.length > 0 || WINNING_WORDS.test(written);
    // Companies and regional enterprises win as places do; a place inside such a name is part of it, and so is a person's name ("RSUD Al Ihsan").
    const organizations = organizationsIn(masked, sentence, headsIn[i]!);
    const persons = speaksOfWinning ? withReferred(personsIn(masked, sentence, [...officialsIn[i]!, ...placesIn[i]!, ...notRecipientsOver[i]!, ...organizations], ranksIn[i]!), referredPersons(masked, sentence, aged)) : [];
    const named = withOrganizations(recipientsIn(masked, sentence, placesIn[i]!, notRecipientsOver[i]!, ranksIn[i]!), organizations);
    // "direbut pelari asal Kecamatan X, Fadil Ramadhan": a place in a person's description is where the person is from.
    const descriptions = persons.flatMap((p) => (p.description === undefined ? [] : [p.description]));
    const recipients = withPersons(masked, descriptions.length === 0 ? named : named.filter((r) => !descriptions.some((d) => d.start <= r.start && r.end <= d.end)), persons, organizations);
    // A sentence naming no place that could win ("Desa di kaki Gunung Kerinci itu ...") speaks of the winner before.
    // A place inside an award's name ("Lomba Desa Wisata Provinsi Bali 2026") is none.
    const anyPlace = placesIn[i]!.some((p) => mayReceive(p) && !notRecipientsOver[i]!.some((n) => n.start <= p.start && p.end <= n.end));
    const carried = anyPlace ? undefined : previous.at(-1);
    const sentenceRanks = ranksIn[i]!;
    // Every result goes to a recipient of the sentence, or to the one carried over for a rank, or to a name an enumeration opens with.
    if (recipients.length === 0 && (carried === undefined || sentenceRanks.length === 0) && !enumerates) {
      // "Persaingan paling ketat terjadi di lomba paduan suara pelajar." may name the category the next ranks are in: read when one needs it.
      unread.push(sentence);
      previous = recipients;
      continue;
    }
    const sentenceAwards = awardsIn[i]!;
    // "Juara I tiap golongan menerima uang pembinaan Rp 7,5 juta, juara II Rp 5 juta": what each rank receives, not who won.
    if (NEGATIVE.test(written) || (recipients.length === 0 && PRIZE_SCHEDULE.test(written))) {
      previous = recipients;
      continue;
    }
    const barrierStarts = new Set([...recipients, ...sentenceAwards, ...barrierRanksIn[i]!].map((x) => x.start));
    const phrasesBarrier = (at: number) => barrierStarts.has(at);
    const scan: SentenceScan = {
      text: masked,
      sentence,
      recipients,
      addresses: placesIn[i]!.filter((p) => !recipients.some((r) => r.start <= p.start && p.end <= r.end)),
      ranks: sentenceRanks,
      // A cue inside an award's name ("Lomba Kelompok Tani Berprestasi") names no category.
      phrases: [
        ...cuedPhrases(masked, sentence, phrasesBarrier).filter((p) => !sentenceAwards.some((a) => a.start < p.start && p.start < a.end)),
        ...contestsAfterRanks(masked, sentenceRanks, sentenceAwards.filter((a) => subContests.includes(a))),
      ],
      used: new Set(),
      paired: new Set(),
      carried,
    };
    const finals = finalistResults(scan);
    // Without an opener and a semicolon after it (mayEnumerate) there is no enumeration to read.
    const listed = finals.length > 0 ? finals : enumerates ? enumeratedResults({ ...scan, before: sentences[i - 1] }) : [];
    const found = listed.length > 0 ? listed : sentenceResults(scan, sentenceAwards, awards.length > 0);
    // "kategori tersebut" is the category named last before, in an earlier sentence read here; so is a rank's
    // without a category ("juara I kategori Dokter diraih A. Juara II diraih B"), once a category has been named.
    // "Penghargaan di kategori yang sama diterima X": the sentence points back to the category, rank or not.
    const pointsBack = SAME_CATEGORY.test(written);
    const inherits = (r: FoundResult) => (r.category === null ? r.rank !== null || pointsBack : CATEGORY_ANAPHOR.test(r.category));
    // "Pada IGA 2025, gelar provinsi terinovatif diraih Jawa Timur" in an article on IGA 2026: an earlier edition's.
    const past = PAST_OPENER.test(written) || sentenceAwards.some((a) => a.year !== null && a.year < (latestEdition.get(a.key) ?? a.year));
    const current = past ? [] : found.filter((r) => !PAST.test(clauseAround(masked, sentence, r.at)));
    if (current.some(inherits)) {
      lastCategory = lastNamedCategory(masked, unread) ?? lastCategory;
      unread = [];
    }
    out.push(...current.map((r) => (lastCategory !== null && inherits(r) ? { ...r, category: lastCategory } : r)));
    const own = namedCategory(scan.phrases);
    if (own !== null) {
      lastCategory = own;
      unread = [];
    }
    previous = recipients;
  }
  return out;
}
