import type { ExtractContext, Span } from "../../src/types.ts";

/** A context for unit-testing an extractor on one piece of text. */
export function makeContext(
  text: string,
  options: { referenceDate?: string | null; excluded?: Span[] } = {},
): ExtractContext {
  return {
    text,
    segmentation: { paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length, paragraph: 0 }] },
    referenceDate: options.referenceDate ?? null,
    excluded: options.excluded ?? [],
  };
}
