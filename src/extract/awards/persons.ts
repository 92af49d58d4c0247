/**
 * Persons as award recipients: a name written with a honorific before it
 * ("dr. Muhammad Ikhsan Lagala", "Ns. Asrul Hidayat"), a degree after it
 * ("Hasniati, A.Md.Keb.") or, opening a clause, a description after it
 * ("Lalu Satria Wiguna, tenaga administrasi SMA Negeri 1 Praya, ..."), read
 * as the officials' name reader reads names (rules/honorifics.json). Office
 * words make a name an office ("Dinas Kesehatan, melalui ..."). Names the
 * officials pass read after a title are left out: officials hand awards
 * over, or receive them for their region.
 */
import { alternation, caseSensitiveAlternation } from "../../rules/pattern.ts";
import type { Span } from "../../types.ts";
import { sentenceAt } from "../../text/spans.ts";
import { HONORIFIC_BEFORE, honorificRules, type Item, isStopWord, readRun, wordsBefore } from "../officials/names.ts";
import { isOfficeWord } from "../officials/unit.ts";
import { LOCATIVES, type Recipient, WIN_VERBS, WIN_VERBS_ALL } from "./recipients.ts";
import { rankRules } from "./rules.ts";
import { WordStartRegExp } from "../../rules/wordStart.ts";

const EDGE = "(?![\\p{L}\\p{N}])";
const HONORIFIC = new WordStartRegExp(`(?<![\\p{L}\\p{N}.])${HONORIFIC_BEFORE}${EDGE}`, "gu");
/** A degree, tried (sticky) right after each comma and its spaces: a search would try the whole list at every comma twice. */
const DEGREE_AT = new RegExp(`${caseSensitiveAlternation(honorificRules.after)}${EDGE}`, "uy");
const MAX_NAME_WORDS = 5;
/** A name of two to five capitalized words opening a clause, described after a comma: "Budi Santoso Wibowo, guru SMA ...". */
const DESCRIBED_NAME = /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){1,4}(?=,[ \t]+\p{Ll})/uy;
/** Where a clause starts: the sentence start, a comma, or a word that opens one ("..., dan Ni Wayan ..."). */
const CLAUSE_START = new RegExp(`^[\\s"“]*|,[ \\t]*|(?<![\\p{L}])${alternation(rankRules.clauseJoiners)}[ \\t]+`, "giu");

function named(words: readonly Item[]): Recipient | null {
  const first = words[0];
  const last = words.at(-1);
  if (first === undefined || last === undefined || words.length > MAX_NAME_WORDS) return null;
  return { start: first.start, end: last.end, name: words.map((w) => w.text).join(" ") };
}

/**
 * The name after a honorific at `at`: its words up to the first comma,
 * degree or other mark. The span starts at the honorific, so that "diraih
 * dr. Sitti ..." has nothing but the verb between rank and recipient.
 */
function nameAfter(text: string, at: number): Recipient | null {
  const words: Item[] = [];
  for (const item of readRun(text, at)) {
    if (item.kind === "honorific" && words.length === 0) continue;
    if (item.kind !== "word") break;
    words.push(item);
  }
  const person = named(words);
  return person === null ? null : { ...person, start: at };
}

const overlapsAny = (r: Span, spans: readonly Span[]) => spans.some((s) => s.start < r.end && r.start < s.end);

/** The described name opening the clause at `at`, if any: no stop word ("Lalu" is also "then") and no office word in it. */
function describedAt(text: string, at: number): Recipient | null {
  DESCRIBED_NAME.lastIndex = at;
  const written = DESCRIBED_NAME.exec(text)?.[0];
  if (written === undefined) return null;
  const words = written.split(/[ \t]+/u);
  if (words.some((w, i) => isStopWord(w.toLowerCase()) || !nameWordAt(w, i))) return null;
  return { start: at, end: at + written.length, name: words.join(" ") };
}

/** The words that hand a rank or an award to the recipient right after them ("juara I diraih", "posisi kedua ditempati", "gelar terbaik diganjar kepada"). */
const RANK_TO_RECIPIENT = new WordStartRegExp(`(?<![\\p{L}])${alternation([...rankRules.rankToRecipient, ...rankRules.awardHandOvers.verbs])}[ \\t]+`, "giu");
/** A name word, not an acronym ("SMA", "BUMD"): a lower-case letter after its first. */
const NAME_WORD = /^\p{Lu}.*\p{Ll}/u;
/** Words that open a name and belong to it ("I Made Suartana"): never an office word such as a Roman numeral. */
const NAME_PREFIXES = new Set(honorificRules.namePrefixes);
/** Whether word `i` of a name is a name word rather than an office's: a prefix counts as one at the start. */
const nameWordAt = (word: string, i: number) => (i === 0 && NAME_PREFIXES.has(word)) || !isOfficeWord(word);

/**
 * The name written bare right after a rank's recipient word: "juara I
 * diraih Moh. Syaiful Anam, qari asal ...", "peringkat kedua ditempati Abd.
 * Rahman Hakiki dari ...". Two to five name words, none a stop or office word.
 */
function bareNameAt(text: string, at: number): Recipient | null {
  const person = nameAfter(text, at);
  if (person === null) return null;
  const words = person.name.split(" ");
  return words.length >= 2 && words.every((w, i) => (NAME_WORD.test(w) || (i === 0 && NAME_PREFIXES.has(w))) && !isStopWord(w.toLowerCase()) && nameWordAt(w, i)) ? person : null;
}

/** One to four lower-case words, then the capitalized words of where the person is from, then a comma: "pelari tuan rumah asal Kecamatan Lima Puluh, ". */
const DESCRIPTION = /(?:\p{Ll}[\p{L}-]*[ \t]+){1,4}(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’-]*,[ \t]+/uy;

/**
 * A person described before the name, right after a rank's recipient word: "juara ketiga direbut pelari tuan rumah
 * asal Kecamatan Lima Puluh, Fadil Ramadhan", "jatuh kepada lifter Kabupaten Siak, Muhammad Rizki Alfarizi (21)".
 * The span starts at the description, so that nothing but the verb stands between rank and recipient.
 */
function describedBefore(text: string, at: number): Recipient | null {
  DESCRIPTION.lastIndex = at;
  const description = DESCRIPTION.exec(text);
  if (description === null) return null;
  const person = bareNameAt(text, at + description[0].length);
  return person === null ? null : { ...person, start: at, description: { start: at, end: at + description[0].length } };
}

/** "memberikan penghargaan khusus pengabdian kepada |A": an award's noun and a few words handed over (the words from the noun on, `handed`). */
export const ACTIVE_HAND_OVER_SOURCE = `(?<![\\p{L}])${alternation(rankRules.awardHandOvers.activeVerbs)}[ \\t]+(?<handed>${alternation(rankRules.awardHandOvers.nouns)}(?:[ \\t]+[\\p{L}\\p{N}-]+){0,6}?)[ \\t]+kepada[ \\t]+`;
const ACTIVE_HAND_OVERS = new WordStartRegExp(ACTIVE_HAND_OVER_SOURCE, "giu");
const KEPADA = /kepada/i;

/** "dan"/"serta" before the next name of a list. */
const LIST_JOINER = /(?<![\p{L}\p{N}])(?:dan|serta)[ \t]+/gu;
/** What may stand between two names of a list, the comma before "dan" left out: nothing, or where the first is from ("dari Kelurahan Kolpajung, Kecamatan Pamekasan"). */
const ORIGIN = /^(?:[ \t]+(?:dari|asal)[ \t]+\p{Lu}[^;]*)?$/u;
/** How far after a name the next of its list is looked for, in characters. */
const MAX_LIST_GAP = 80;

/** The bare name after the list joiner that follows `end`, when only an origin stands between. */
function nextInList(text: string, end: number, limit: number): Recipient | null {
  LIST_JOINER.lastIndex = end;
  const joiner = LIST_JOINER.exec(text);
  if (joiner === null || joiner.index > Math.min(limit, end + MAX_LIST_GAP)) return null;
  const gap = text.slice(end, joiner.index);
  const between = gap.trimEnd();
  if (between === gap || !ORIGIN.test(between.endsWith(",") ? between.slice(0, -1) : between)) return null;
  return bareNameAt(text, joiner.index + joiner[0].length);
}

/** An age in parentheses after a name: "Rahmat Hidayat Siregar (19)" (the spaces before it are the name reader's: a leading [ \t]* would rescan a long run of them at every start). */
const AGE = /\(\d{1,2}\)/gu;
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/**
 * The name written right before an age ("sprinter Kota Dumai Rahmat Hidayat
 * Siregar (19)"): the capitalized words before it, back to a lower-case word,
 * a stop word or a place (where the person is from, "Kota Dumai").
 */
function agedNameBefore(text: string, sentence: Span, at: number, notPersons: readonly Span[]): Recipient | null {
  const window = text.slice(Math.max(sentence.start, at - 80), at);
  const base = at - window.length;
  const tokens = Array.from(window.matchAll(/\S+/gu), (m) => ({ kind: "word" as const, text: m[0], start: base + m.index, end: base + m.index + m[0].length }));
  const run: Item[] = [];
  for (let k = tokens.length - 1; k >= 0 && run.length <= MAX_NAME_WORDS; k--) {
    const token = tokens[k]!;
    if (!CAPITALIZED_WORD.test(token.text) || isStopWord(token.text.toLowerCase()) || overlapsAny(token, notPersons)) break;
    run.unshift(token);
  }
  return run.length >= 2 ? named(run) : null;
}

/** The persons the text names with an age ("Ni Kadek Ayu Pradnyani (16)"), in text order, none inside `notPersons`. */
export function agedPersons(text: string, sentences: readonly Span[], notPersons: readonly Span[]): Recipient[] {
  const out: Recipient[] = [];
  for (const m of text.matchAll(AGE)) {
    const sentence = sentences[sentenceAt(sentences, m.index)];
    const person = sentence === undefined ? null : agedNameBefore(text, sentence, m.index, notPersons);
    if (person !== null) out.push(person);
  }
  return out;
}

/** The last word, and the last two words of a longer name, by which a person named in full is referred back to. */
export type ShortNames = ReadonlyMap<string, readonly Recipient[]>;
export function shortNames(persons: readonly Recipient[]): ShortNames {
  const byShort = new Map<string, Recipient[]>();
  const add = (short: string, person: Recipient) => {
    if (isStopWord(short.toLowerCase())) return;
    const list = byShort.get(short);
    if (list === undefined) byShort.set(short, [person]);
    else list.push(person);
  };
  for (const person of persons) {
    const words = person.name.split(" ");
    if (words.length >= 3) add(words.slice(-2).join(" "), person);
    if (words.length >= 2) add(words.at(-1)!, person);
  }
  return byShort;
}

/** Runs of capitalized words: a short name is one whole run ("Pradnyani", "Sintya Dewi"), never part of a longer name. */
const CAPITALIZED_RUN = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)*/gu;

/**
 * A person named in full before the sentence, referred back to by the last
 * one or two words of the name, alone: "Pradnyani pun menjadi juara I,
 * sedangkan Sintya Dewi harus puas menjadi juara II". The span is the short
 * form, the name the full one (the latest person named so before it).
 */
export function referredPersons(text: string, sentence: Span, names: ShortNames): Recipient[] {
  if (names.size === 0) return [];
  const out: Recipient[] = [];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CAPITALIZED_RUN)) {
    const person = names.get(m[0])?.findLast((p) => p.end <= sentence.start);
    if (person !== undefined) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, name: person.name });
  }
  return out;
}

const UPPER = /\p{Lu}/u;
/** What \s matches, the common cases by code first. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || (c > 127 && /\s/u.test(String.fromCharCode(c)));
/** Whether the word ending at `end` starts with a capital letter (words split at white space, as agedNameBefore splits them). */
function capitalizedBefore(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start -= 1;
  return start < end && UPPER.test(text[start]!);
}

const PASSIVE_WIN_VERBS = new Set(rankRules.passiveWinVerbs.map((v) => v.toLowerCase()));
/** Spaces only, and at most so many, between a name and its verb. */
const SPACES_BEFORE = /[ \t]{1,4}$/u;

/** "dari"/"asal" before a place, after the name of the person who is from there (the spaces before it left out). */
const ORIGIN_BEFORE = /(?<=[ \t])(?:dari|asal)[ \t]+$/u;
/** A verb that puts its subject at the rank right after it, and the spaces before the rank. */
const RANK_VERBS = new WordStartRegExp(`(?<![\\p{L}])${alternation(rankRules.rankVerbs)}[ \\t]+`, "giu");

/**
 * The persons a sentence names, in text order, none inside `notPersons` (officials' names, places); a bare name
 * before a win verb only where the sentence has a rank (`ranks`): without one, a name written so is too weak a sign.
 */
export function personsIn(text: string, sentence: Span, notPersons: readonly Span[], ranks: readonly Span[]): Recipient[] {
  const slice = text.slice(sentence.start, sentence.end);
  const found = new Map<number, Recipient>();
  for (const m of slice.matchAll(AGE)) {
    const person = agedNameBefore(text, sentence, sentence.start + m.index, notPersons);
    if (person !== null) found.set(person.start, person);
  }
  for (const m of slice.matchAll(HONORIFIC)) {
    const person = nameAfter(text, sentence.start + m.index);
    if (person !== null && person.end <= sentence.end) found.set(person.start, person);
  }
  for (let comma = text.indexOf(",", sentence.start); comma >= 0 && comma < sentence.end; comma = text.indexOf(",", comma + 1)) {
    let at = comma + 1;
    while (text[at] === " " || text[at] === "\t") at += 1;
    DEGREE_AT.lastIndex = at;
    if (!DEGREE_AT.test(text)) continue;
    // Words before the comma that a locative opens are a place ("di Kendari, S.Pd." is no name).
    const person = named(wordsBefore(text, comma + 1, MAX_NAME_WORDS, LOCATIVES));
    if (person !== null && person.start >= sentence.start && !found.has(person.start)) found.set(person.start, person);
  }
  /** The bare name right before a verb at `verb`, or before where the person is from ("Rizky Fadillah dari Kota Semarang finis ..."). */
  const nameBefore = (verb: number) => {
    const origin = notPersons.find((p) => p.end <= verb && verb - p.end <= 4 && p.start >= sentence.start);
    const from = origin === undefined ? null : ORIGIN_BEFORE.exec(text.slice(Math.max(sentence.start, origin.start - 12), origin.start));
    if (from !== null && origin !== undefined) verb = origin.start - from[0].length;
    const gap = SPACES_BEFORE.exec(text.slice(Math.max(sentence.start, verb - 4), verb));
    // Most verbs follow a lower-case word ("berhasil meraih"): only a capitalized one can end a name.
    const person = gap === null || !capitalizedBefore(text, verb - gap[0].length) ? null : agedNameBefore(text, sentence, verb - gap[0].length, notPersons);
    if (person !== null && !found.has(person.start)) found.set(person.start, person);
  };
  // "Syamsuddin Lakatong menyabet juara pertama": a bare name right before a verb whose subject wins.
  for (const m of ranks.length > 0 ? slice.matchAll(WIN_VERBS_ALL) : []) {
    if (!PASSIVE_WIN_VERBS.has(m[0].toLowerCase())) nameBefore(sentence.start + m.index);
  }
  // "Dimas Ardiansyah Putra menjadi juara pertama", "Rizky Fadillah finis di posisi kedua": a verb right before a rank.
  for (const m of ranks.length > 0 ? slice.matchAll(RANK_VERBS) : []) {
    const end = sentence.start + m.index + m[0].length;
    if (ranks.some((r) => r.start === end)) nameBefore(sentence.start + m.index);
  }
  // "dewan juri memberikan penghargaan khusus kepada Aulia Rahmadani, siswi ...": the name after an award handed over.
  // Most sentences hand nothing over: the pattern's own "kepada" looked for first.
  for (const m of KEPADA.test(slice) ? slice.matchAll(ACTIVE_HAND_OVERS) : []) {
    const after = sentence.start + m.index + m[0].length;
    const person = bareNameAt(text, after) ?? describedBefore(text, after);
    if (person !== null && person.end <= sentence.end && !found.has(person.start)) found.set(person.start, person);
  }
  for (const m of slice.matchAll(RANK_TO_RECIPIENT)) {
    // The bare names of a list after the rank's word: "masing-masing diraih A dari Kecamatan X dan B dari Kelurahan Y".
    const after = sentence.start + m.index + m[0].length;
    for (let person = bareNameAt(text, after) ?? describedBefore(text, after); person !== null && person.end <= sentence.end; person = nextInList(text, person.end, sentence.end)) {
      if (!found.has(person.start)) found.set(person.start, person);
    }
  }
  for (const m of slice.matchAll(CLAUSE_START)) {
    const person = describedAt(text, sentence.start + m.index + m[0].length);
    if (person !== null && person.end <= sentence.end && !found.has(person.start)) found.set(person.start, person);
  }
  // A description's places are the person's origin: only the name itself must be no place.
  const nameOnly = (p: Recipient): Span => (p.description === undefined ? p : { start: p.description.end, end: p.end });
  return [...found.values()].filter((p) => !overlapsAny(nameOnly(p), notPersons) && p.name.split(" ").every(nameWordAt)).sort((a, b) => a.start - b.start);
}

/**
 * The sentence's recipients with its persons among them. What follows a
 * person in the same clause (no win verb between) is where the person lives
 * or works, not a winner: a place or an organization ("Ns. Asrul Hidayat,
 * perawat Puskesmas Wawotobi, Kabupaten Konawe, meraih juara I"); what
 * follows an organization is where it is, if a place ("peringkat kedua RSUD
 * Kayuagung, Kabupaten Ogan Komering Ilir"), while another organization
 * after it is the next of a list ("RS Charitas dan RS Hermina").
 * `organizations` are those among `places`.
 */
export function withPersons(text: string, places: readonly Recipient[], persons: readonly Recipient[], organizations: readonly Recipient[] = []): Recipient[] {
  if (persons.length === 0 && organizations.length === 0) return [...places];
  const people = new Set(persons);
  const companies = new Set(organizations);
  const all = [...places, ...persons].sort((a, b) => a.start - b.start);
  const kept: Recipient[] = [];
  // Who the addresses being read belong to: a person, an organization, or nobody.
  let holder: "person" | "organization" | null = null;
  for (const [i, r] of all.entries()) {
    const before = all[i - 1];
    const gap = before === undefined ? "" : text.slice(before.end, r.start);
    const sameClause = before !== undefined && !gap.includes(";") && !WIN_VERBS.test(gap);
    const address = sameClause && !people.has(r) && (holder === "person" || (holder === "organization" && !companies.has(r)));
    if (address) continue;
    kept.push(r);
    holder = people.has(r) ? "person" : companies.has(r) ? "organization" : null;
  }
  return kept;
}
