/**
 * The quotes extractor: direct quotes (words in quotation marks) and
 * reported speech, each with its speaker.
 *
 * Spans: a direct quote covers the words inside the marks (edge spaces and
 * the comma before the closing mark left out); a multi-paragraph quote
 * gives one quote per paragraph, all with the speaker of the whole. Reported
 * speech covers the reported clause after the lead ("X mengatakan, <clause>"),
 * up to the end of its sentence without the final stop; for a lead that
 * points back ("Dia mengatakan itu usai ...") the whole sentence.
 *
 * Quoted words count as a quote only when attributed (a speech verb after
 * the closing mark, or a lead right before the opening one) or when they
 * open their paragraph; a quoted name or theme inside a sentence
 * (bertema "Talent Management 2030") is not speech. Sentences holding a
 * direct quote are not read again for reported speech. Speakers are
 * resolved in text order (speakers.ts), so "-nya" is the last named one.
 */
import type { z } from "zod";
import type { Official, Quote as QuoteSchema } from "../../schema/record.ts";
import type { ExtractContext, Span } from "../../types.ts";
import { type Attribution, attributionAfter, readLead, RULE_IDS } from "./attribution.ts";
import { findQuoted, type QuotedGroup } from "./marks.ts";
import { speech } from "./rules.ts";
import { type ResolveSpeaker, speakerResolver } from "./speakers.ts";

export type Quote = z.infer<typeof QuoteSchema>;
export type { Official };

/** A quote found but not yet given its speaker; `at` is where the speaker's memory is read. */
interface Candidate {
  spans: Span[];
  /** Null for a quote that opens its paragraph with no speech verb around it. */
  attribution: Attribution | null;
  direct: boolean;
  at: number;
}

/** Paragraphs as [start, end) of each line, for looking up the one a mark is in. */
function paragraphOf(context: ExtractContext): (offset: number) => Span {
  const paragraphs = context.segmentation.paragraphs;
  let k = 0;
  // Asked in increasing offsets only, so the walk over paragraphs is shared by all lookups.
  return (offset) => {
    while ((paragraphs[k]?.end ?? Infinity) < offset) k += 1;
    return paragraphs[k] ?? { start: 0, end: context.text.length };
  };
}

// How far before an opening mark a lead is looked for: a subject of maxSubjectWords and its cue fit in it.
const LEAD_WINDOW = 2 * speech.maxPhraseChars;
const SENTENCE_STOP = /[.!?]\s+/g;

/**
 * The words before `open` in its paragraph, from the last sentence stop on
 * (empty when the quote opens the paragraph), or null when that sentence
 * starts beyond the lead window: a bounded look-back keeps the pass linear.
 */
function clauseBefore(text: string, paragraph: Span, open: number): string | null {
  const from = Math.max(paragraph.start, open - LEAD_WINDOW);
  const before = text.slice(from, open);
  const stop = Array.from(before.matchAll(SENTENCE_STOP)).at(-1);
  if (stop !== undefined) return before.slice(stop.index + stop[0].length);
  return from === paragraph.start ? before : null;
}

function directCandidate(context: ExtractContext, group: QuotedGroup, firstParagraph: Span, lastParagraph: Span): Candidate | null {
  const { text } = context;
  const after = attributionAfter(text.slice(group.close, lastParagraph.end));
  const prefix = clauseBefore(text, firstParagraph, group.open);
  const lead = after === null && prefix !== null ? readLead(prefix) : null;
  const leadEndsHere = lead !== null && lead.contentStart >= (prefix ?? "").trimEnd().length;
  const attribution = after ?? (leadEndsHere ? lead : null);
  if (attribution === null && prefix?.trim() !== "") return null;
  return { spans: group.parts, attribution, direct: true, at: group.open };
}

/** Reported speech in a sentence: the clause after its lead, without the final stop. */
function indirectCandidate(text: string, sentence: Span): Candidate | null {
  const lead = readLead(text.slice(sentence.start, sentence.end));
  if (lead === null) return null;
  let end = sentence.end;
  while (end > sentence.start && /[\s.!?]/.test(text[end - 1] ?? "")) end -= 1;
  let start = sentence.start + lead.contentStart;
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  return start < end ? { spans: [{ start, end }], attribution: lead, direct: false, at: sentence.start } : null;
}

function candidates(context: ExtractContext): Candidate[] {
  const groups = findQuoted(context.text);
  const found: Candidate[] = [];
  const firstParagraph = paragraphOf(context);
  const lastParagraph = paragraphOf(context);
  for (const group of groups) {
    const candidate = directCandidate(context, group, firstParagraph(group.open), lastParagraph(group.close));
    if (candidate !== null) found.push(candidate);
  }
  // Sentences and groups both run left to right: one forward cursor finds the sentences a quote touches.
  let g = 0;
  for (const sentence of context.segmentation.sentences) {
    while ((groups[g]?.close ?? Infinity) <= sentence.start) g += 1;
    const group = groups[g];
    if (group !== undefined && group.open < sentence.end) continue;
    const candidate = indirectCandidate(context.text, sentence);
    if (candidate !== null) found.push(candidate);
  }
  return found.sort((a, b) => a.at - b.at);
}

function toQuotes(text: string, candidate: Candidate, resolve: ResolveSpeaker): Quote[] {
  const { attribution, direct, at } = candidate;
  const speaker = attribution === null ? null : resolve(attribution.ref, at);
  const ruleId = attribution?.ruleId ?? RULE_IDS.unattributed;
  return candidate.spans.map(({ start, end }) => ({ start, end, text: text.slice(start, end), ruleId, speaker, direct }));
}

export function extractQuotes(context: ExtractContext, officials: Official[]): Quote[] {
  const resolve = speakerResolver(officials);
  return candidates(context)
    .flatMap((candidate) => toQuotes(context.text, candidate, resolve))
    .sort((a, b) => a.start - b.start);
}
