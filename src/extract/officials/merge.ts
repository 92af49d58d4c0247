/**
 * Merging mentions into one entry per person: "Gubernur Khofifah" and
 * "Khofifah Indar Parawansa" are one person when the shorter name is a run
 * of the longer one's words, or a nickname ("Mbak Ita", "Dhito" for "Mas
 * Dhito") of it, and their titles agree. Longest names are placed first so
 * every short mention finds the full name it belongs to.
 */
import type { MentionBase, OfficialMention } from "../../types.ts";
import { KINSHIP } from "./names.ts";

export interface OfficialEntry {
  /** The longest full name seen. */
  name: string;
  title: string | null;
  jurisdictionText: string | null;
  jurisdictionLevel: OfficialMention["jurisdictionLevel"];
  honorifics: string[];
  /** Nicknames and the shorter names the person is also written with. */
  aliases: string[];
  mentions: MentionBase[];
}

interface Group {
  members: OfficialMention[];
  words: string[];
  keys: Set<string>;
}

const wordsOf = (name: string) => name.toLowerCase().split(/\s+/u).filter((w) => w !== "");

/** An alias and its form without a kinship word ("Mas Dhito" -> "dhito"). */
function aliasKeys(alias: string): string[] {
  const [head, ...rest] = alias.split(/\s+/u);
  const keys = [alias.toLowerCase()];
  if (head !== undefined && KINSHIP.has(head) && rest.length > 0) keys.push(rest.join(" ").toLowerCase());
  return keys;
}

/** The title without an acting prefix, for agreement ("Penjabat Gubernur" ~ "Gubernur"). */
const core = (title: string) => title.replace(/^(?:Penjabat|Pelaksana Tugas|Pelaksana Harian) /u, "");

function titlesAgree(group: Group, mention: OfficialMention): boolean {
  if (mention.title === null) return true;
  const mine = core(mention.title);
  return group.members.every((m) => m.title === null || core(m.title).startsWith(mine) || mine.startsWith(core(m.title)));
}

/** Whether `words` run inside `whole` ("khofifah" in "khofifah indar parawansa"). */
function runsInside(words: readonly string[], whole: readonly string[]): boolean {
  for (let i = 0; i + words.length <= whole.length; i++) {
    if (words.every((w, k) => whole[i + k] === w)) return true;
  }
  return false;
}

function belongs(group: Group, mention: OfficialMention): boolean {
  const named = [mention.name, ...mention.aliases].some((n) => aliasKeys(n).some((key) => group.keys.has(key)));
  return (named || runsInside(wordsOf(mention.name), group.words)) && titlesAgree(group, mention);
}

function add(group: Group, mention: OfficialMention): void {
  group.members.push(mention);
  for (const n of [mention.name, ...mention.aliases]) for (const key of aliasKeys(n)) group.keys.add(key);
}

function entryOf(group: Group): OfficialEntry {
  const byPosition = [...group.members].sort((a, b) => a.start - b.start);
  const full = group.members[0];
  const name = full?.name ?? "";
  const firstOf = <T>(pick: (m: OfficialMention) => T | null): T | null => byPosition.map(pick).find((v) => v !== null) ?? null;
  const unique = (values: string[]) => [...new Set(values)];
  const titled = group.members.find((m) => m.title !== null);
  return {
    name,
    title: titled?.title ?? null,
    jurisdictionText: firstOf((m) => m.jurisdictionText),
    jurisdictionLevel: titled?.jurisdictionLevel ?? null,
    honorifics: unique(byPosition.flatMap((m) => m.honorifics)),
    aliases: unique(byPosition.flatMap((m) => [...m.aliases, m.name])).filter((a) => a !== name),
    mentions: byPosition.map((m) => ({ start: m.start, end: m.end, text: m.text, ruleId: m.ruleId })),
  };
}

/** Groups mentions into one entry per person, in order of first mention. Entries with no title anywhere are dropped. */
export function mergeOfficials(mentions: readonly OfficialMention[]): OfficialEntry[] {
  const longestFirst = [...mentions].sort((a, b) => wordsOf(b.name).length - wordsOf(a.name).length || a.start - b.start);
  const groups: Group[] = [];
  for (const mention of longestFirst) {
    const group = groups.find((g) => belongs(g, mention));
    if (group !== undefined) add(group, mention);
    else {
      const fresh: Group = { members: [], words: wordsOf(mention.name), keys: new Set() };
      add(fresh, mention);
      groups.push(fresh);
    }
  }
  return groups
    .map(entryOf)
    .filter((entry) => entry.title !== null)
    .sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
