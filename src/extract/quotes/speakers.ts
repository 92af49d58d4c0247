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
import { alternation } from "../../rules/pattern.ts";
import type { Official } from "../../schema/record.ts";
import { ACTING_PREFIXES, speech, TITLE_REFERENCES } from "./rules.ts";

/** What an attribution says about the speaker: a phrase to read, or a pronoun. */
export type SpeakerRef = { kind: "phrase"; text: string } | { kind: "pronoun" };

export type ResolveSpeaker = (ref: SpeakerRef, at: number) => string | null;

const B = "(?<![\\p{L}\\p{N}])";
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

/** "Penjabat Gubernur" and "Kepala Dinas Kesehatan" answer to "gubernur" and "kadis". */
function holdsTitle(official: Official, title: string): boolean {
  const bare = ACTING_PREFIXES.reduce((t, prefix) => (t.startsWith(`${prefix} `) ? t.slice(prefix.length + 1) : t), official.title);
  return bare === title || bare.startsWith(`${title} `);
}

export function speakerResolver(officials: readonly Official[]): ResolveSpeaker {
  const keys = nameKeys(officials);
  const NAMED = keys.size === 0 ? null : new RegExp(`${B}${alternation(keys.keys())}${E}`, "iu");
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
    const named = NAMED?.exec(phrase);
    if (named) return keys.get(named[0].toLowerCase().replace(/\s+/g, " ")) ?? null;
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
