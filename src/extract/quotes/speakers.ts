/**
 * Who is speaking. A speaker phrase is resolved, in this order, to an
 * official named in it (full name, alias, or first name when no other
 * official shares it), to the official its title word refers to ("walkot",
 * "Gubernur"), to the last named speaker when it is a pronoun ("dia"), or
 * else to the capitalized name it starts with, as written ("Asep"). A
 * pronoun ("-nya", "Menurutnya") is the last named speaker: whoever was
 * named last before the quote, as a quote's speaker or as an official's
 * mention in the narration. Calls must come in text order: the memory only
 * moves forward, so a whole article costs one walk over the mentions.
 */
import { alternation, alternationOrder } from "../../rules/pattern.ts";
import type { Official } from "../../schema/record.ts";
import { wordCharAt, wordCharBefore } from "../../text/wordEdges.ts";
import { ACTING_PREFIXES, speech, TITLE_REFERENCES } from "./rules.ts";

/** What an attribution says about the speaker: a phrase to read, or a pronoun. */
export type SpeakerRef = { kind: "phrase"; text: string } | { kind: "pronoun" };

export type ResolveSpeaker = (ref: SpeakerRef, at: number) => string | null;

const E = "(?![\\p{L}\\p{N}])";
const PRONOUN = new RegExp(`^${alternation(speech.pronouns)}${E}`, "iu");
const TITLE_WORD = new RegExp(`^${alternation(TITLE_REFERENCES.keys())}${E}`, "iu");
const NAME_RUN = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)*/u;

/** The written names that point to one official, lower case; a first name shared by two officials is left out. */
function nameKeys(officials: readonly Official[]): Map<string, string> {
  const keys = new Map<string, string>();
  const firstNames = new Map<string, string | null>();
  for (const o of officials) {
    for (const key of [o.name, ...o.aliases]) keys.set(key.toLowerCase(), o.name);
    const first = o.name.split(" ")[0]?.toLowerCase() ?? "";
    if (first.length >= 3) firstNames.set(first, firstNames.has(first) ? null : o.name);
  }
  for (const [first, name] of firstNames) if (name !== null && !keys.has(first)) keys.set(first, name);
  return keys;
}

/** `key` (lower case, single spaces) at `at` in `lower`, spaces matching any run of spaces and tabs; the end offset, or -1. */
function keyEnd(lower: string, at: number, key: string): number {
  let i = at;
  for (let k = 0; k < key.length; k++) {
    if (key[k] !== " ") {
      if (lower[i] !== key[k]) return -1;
      i += 1;
      continue;
    }
    if (lower[i] !== " " && lower[i] !== "\t") return -1;
    while (lower[i] === " " || lower[i] === "\t") i += 1;
  }
  return i;
}

/**
 * The first name key written as a whole word in `phrase`, leftmost, the
 * longest key first where several start at one place: what an alternation
 * regex of the keys would find. The keys change with every article, so a
 * regex would be compiled per article; this is a plain scan of a short phrase.
 */
function firstKeyIn(phrase: string, keys: readonly string[]): string | null {
  const lower = phrase.toLowerCase();
  for (let at = 0; at < lower.length; at++) {
    if (wordCharBefore(lower, at)) continue;
    for (const key of keys) {
      const end = keyEnd(lower, at, key);
      if (end !== -1 && !wordCharAt(lower, end)) return key;
    }
  }
  return null;
}

/** "Penjabat Gubernur" and "Kepala Dinas Kesehatan" answer to "gubernur" and "kadis". */
function holdsTitle(official: Official, title: string): boolean {
  const bare = ACTING_PREFIXES.reduce((t, prefix) => (t.startsWith(`${prefix} `) ? t.slice(prefix.length + 1) : t), official.title);
  return bare === title || bare.startsWith(`${title} `);
}

export function speakerResolver(officials: readonly Official[]): ResolveSpeaker {
  const keys = nameKeys(officials);
  const keyOrder = alternationOrder(keys.keys());
  const mentions = officials.flatMap((o) => o.mentions.map((m) => ({ at: m.start, name: o.name }))).sort((a, b) => a.at - b.at);
  // Where each person was last named before the current position, and who was named last of all.
  const lastNamed = new Map<string, number>();
  let last: string | null = null;
  let cursor = 0;

  const named = (name: string, at: number) => {
    lastNamed.set(name, at);
    last = name;
  };
  const advance = (at: number) => {
    for (let m = mentions[cursor]; m !== undefined && m.at < at; m = mentions[++cursor]) named(m.name, m.at);
  };

  /** The holder of a title: the most recently named one, else the first in the article. */
  const byTitle = (word: string): string | null => {
    const title = TITLE_REFERENCES.get(word.toLowerCase().replace(/\s+/g, " "));
    const holders = officials.filter((o) => title !== undefined && holdsTitle(o, title)).map((o) => o.name);
    const recent = holders.filter((name) => lastNamed.has(name)).sort((a, b) => (lastNamed.get(b) ?? 0) - (lastNamed.get(a) ?? 0));
    return recent[0] ?? holders[0] ?? null;
  };

  const readPhrase = (phrase: string): string | null => {
    const named = firstKeyIn(phrase, keyOrder);
    if (named !== null) return keys.get(named) ?? null;
    const title = TITLE_WORD.exec(phrase);
    if (title) return byTitle(title[0]);
    if (PRONOUN.test(phrase)) return last;
    return NAME_RUN.exec(phrase)?.[0] ?? null;
  };

  return (ref, at) => {
    advance(at);
    const speaker = ref.kind === "pronoun" ? last : readPhrase(ref.text.trim());
    if (speaker !== null) named(speaker, at);
    return speaker;
  };
}
