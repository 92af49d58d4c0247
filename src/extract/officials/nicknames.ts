/**
 * Nicknames: "yang akrab disapa Mbak Ita" gives the official the clause
 * follows (the nearest title before it, "ujar walkot yang akrab disapa Mbak
 * Ita itu") an alias; later uses of the nickname ("Mbak Ita mengatakan")
 * are mentions of the same person. Cue phrases: rules/name-stops.json.
 */
import { alternation } from "../../rules/pattern.ts";
import { wholeWordOffsets } from "../../text/wordEdges.ts";
import type { OfficialMention } from "../../types.ts";
import { readRun, stopRules } from "./names.ts";
import type { Reading } from "./reading.ts";
import { WordStartRegExp } from "../../rules/wordStart.ts";

const B = "(?<![\\p{L}\\p{N}])";
const CUE = new WordStartRegExp(`${B}${alternation(stopRules.nicknameCues)}(?=[ \\t])`, "giu");
/** How far back a nickname clause may reach for its title, in characters. */
const REACH = 200;
const MAX_NICKNAME_WORDS = 3;

const coreTitle = (reading: Reading) => reading.hit.entry.title;

function mentionOf(name: string, start: number, title: string | null, ruleId: string): OfficialMention {
  return { start, end: start + name.length, text: name, name, title, jurisdictionText: null, jurisdictionLevel: null, honorifics: [], aliases: [name], ruleId };
}

/** The named mention a nickname clause at `offset` belongs to, and the title it was reached by. */
function owner(readings: readonly Reading[], named: ReadonlyMap<Reading, OfficialMention>, offset: number) {
  const before = readings.filter((r) => r.hit.end <= offset);
  const nearest = before[before.length - 1];
  if (nearest === undefined || offset - nearest.hit.end > REACH) return null;
  const own = named.get(nearest);
  if (own !== undefined) return { reading: nearest, mention: own };
  const same = before.filter((r) => named.has(r) && coreTitle(r) === coreTitle(nearest));
  const previous = same[same.length - 1];
  return { reading: nearest, mention: previous === undefined ? null : (named.get(previous) ?? null) };
}

/** Adds nickname aliases to `named` mentions and returns the nickname mentions (the clause and later uses). */
export function nicknameMentions(text: string, readings: readonly Reading[], named: ReadonlyMap<Reading, OfficialMention>): OfficialMention[] {
  const found: OfficialMention[] = [];
  for (const cue of text.matchAll(CUE)) {
    const words = readRun(text, cue.index + cue[0].length);
    const nickname = words.slice(0, MAX_NICKNAME_WORDS).filter((w, k, all) => w.kind === "word" && all.slice(0, k).every((p) => p.kind === "word"));
    const first = nickname[0];
    const target = owner(readings, named, cue.index);
    if (first === undefined || target === null) continue;
    const name = nickname.map((w) => w.text).join(" ");
    if (target.mention !== null && !target.mention.aliases.includes(name)) target.mention.aliases.push(name);
    found.push(mentionOf(name, first.start, target.reading.title, "official.nickname"));
  }
  const aliases = new Set(found.map((m) => m.name));
  for (const alias of aliases) {
    for (const at of wholeWordOffsets(text, alias)) {
      if (!found.some((m) => m.start === at)) found.push(mentionOf(alias, at, null, "official.nickname-use"));
    }
  }
  return found;
}
