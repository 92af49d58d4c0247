/**
 * Attribution: the words that say who spoke.
 *
 * After a direct quote: a speech verb with its speaker (`,” ujar X`) or with
 * "-nya" (`,” imbuhnya`). Before a quote or reported clause, a "lead": a
 * subject and a cue verb with "," ":" or "bahwa" (`X mengatakan, ...`),
 * a cue pointing back at what was just said (`Dia mengatakan itu ...`), or
 * `Menurut X, ...` / `Menurutnya, ...`. Every regex is an alternation of
 * literals from rules/speech.json matched once, anchored or in one forward
 * search, and the speaker phrase is cut to maxPhraseChars, so the cost is
 * linear in the text read.
 */
import { alternation, caseSensitiveAlternation } from "../../rules/pattern.ts";
import { speech } from "./rules.ts";
import type { SpeakerRef } from "./speakers.ts";

export const RULE_IDS = {
  afterNamed: "quote.after-verb",
  afterPronoun: "quote.after-verb-nya",
  leadCue: "quote.lead-cue",
  leadAnaphor: "quote.lead-anaphor",
  menurut: "quote.menurut",
  unattributed: "quote.unattributed",
} as const;

export type RuleId = (typeof RULE_IDS)[keyof typeof RULE_IDS];

export interface Attribution {
  ref: SpeakerRef;
  ruleId: RuleId;
}

/** A lead and where, in the clause it was read from, the reported words start. */
export interface Lead extends Attribution {
  contentStart: number;
}

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const S = "[ \\t]";
const NYA = speech.pronounSuffix;

// Space runs belong to one part each ("[,.]?" between two space runs lets a long run split many ways).
const AFTER = new RegExp(`^${S}*(?:[,.]${S}*)?(?<verb>${alternation(speech.afterVerbs)})(?<nya>${NYA})?${E}`, "iu");
const PHRASE_END = new RegExp(`[.,;:!?()\\[\\]“”„"\\n]|${B}${caseSensitiveAlternation(speech.phraseStops)}${E}`, "u");
const CONNECTIVE = new RegExp(`^${S}*(?:${alternation(speech.connectives)}${S}*,)?${S}*`, "iu");
// The phrase starts at its first non-space: letting it start with spaces made "menurut" + 10,000 tabs take 13 s.
const MENURUT = new RegExp(`^${speech.menurut}(?:(?<nya>${NYA})|${S}+(?<who>[^,\\n \\t][^,\\n]{0,${speech.maxPhraseChars - 1}}))${S}*,${S}*`, "iu");
const CUE = new RegExp(
  `${B}${alternation(speech.cues)}(?:${S}*[,:]${S}*(?:${alternation(speech.complementizers)}${E}${S}*)?|${S}+${alternation(speech.complementizers)}${E}${S}*|${S}+(?<anaphor>${alternation(speech.anaphors)})${E})`,
  "iu",
);
const PRONOUN = new RegExp(`^${alternation(speech.pronouns)}${E}`, "iu");

const phraseRef = (text: string): SpeakerRef => (PRONOUN.test(text.trim()) ? { kind: "pronoun" } : { kind: "phrase", text });

/** The speaker phrase after a speech verb, up to punctuation or a word like "di", "saat", "Senin". */
function speakerPhrase(rest: string): string {
  const cut = PHRASE_END.exec(rest);
  return (cut === null ? rest : rest.slice(0, cut.index)).trim();
}

/** The attribution written right after a closing mark, in `after` (the rest of the paragraph). */
export function attributionAfter(after: string): Attribution | null {
  const verb = AFTER.exec(after);
  if (verb === null) return null;
  if (verb.groups?.nya !== undefined) return { ref: { kind: "pronoun" }, ruleId: RULE_IDS.afterPronoun };
  const phrase = speakerPhrase(after.slice(verb[0].length, verb[0].length + speech.maxPhraseChars));
  return phrase === "" ? null : { ref: phraseRef(phrase), ruleId: RULE_IDS.afterNamed };
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => w !== "").length;

/** The lead a clause (a sentence, or the words before a quote) starts with, or null. */
export function readLead(clause: string): Lead | null {
  const skip = CONNECTIVE.exec(clause)?.[0].length ?? 0;
  const body = clause.slice(skip);
  const menurut = MENURUT.exec(body);
  if (menurut !== null) {
    const who = menurut.groups?.who;
    const ref: SpeakerRef = who === undefined ? { kind: "pronoun" } : phraseRef(who);
    return { ref, ruleId: RULE_IDS.menurut, contentStart: skip + menurut[0].length };
  }
  const cue = CUE.exec(body);
  if (cue === null) return null;
  const subject = body.slice(0, cue.index).trim();
  const words = wordCount(subject);
  if (words === 0 || words > speech.maxSubjectWords) return null;
  const anaphoric = cue.groups?.anaphor !== undefined;
  return {
    ref: phraseRef(subject),
    ruleId: anaphoric ? RULE_IDS.leadAnaphor : RULE_IDS.leadCue,
    // What "mengatakan itu" points back to is not in the sentence: the whole sentence is the report.
    contentStart: anaphoric ? 0 : skip + cue.index + cue[0].length,
  };
}
