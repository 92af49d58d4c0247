/**
 * Spans located among the sentences (sorted, disjoint) by bisection, and
 * grouped by sentence once. Passes that go sentence by sentence would
 * otherwise filter every mention of the article for every sentence, which
 * is quadratic in the length of a long article.
 */
import type { Span } from "../types.ts";

/** The index of the sentence that holds offset `at`, or -1 when it falls between sentences. */
export function sentenceAt(sentences: readonly Span[], at: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const sentence = sentences[mid]!;
    if (at < sentence.start) high = mid - 1;
    else if (at >= sentence.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** The index of the first sentence that ends after `at`. */
function firstEndingAfter(sentences: readonly Span[], at: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sentences[mid]!.end > at) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** For each sentence, the spans wholly inside it, in their given order. */
export function spansWithin<T extends Span>(sentences: readonly Span[], spans: readonly T[]): T[][] {
  const groups = sentences.map((): T[] => []);
  for (const span of spans) {
    const i = sentenceAt(sentences, span.start);
    if (i >= 0 && span.end <= sentences[i]!.end) groups[i]!.push(span);
  }
  return groups;
}

/** For each sentence, the spans that start inside it, in their given order. */
export function spansStartingIn<T extends Span>(sentences: readonly Span[], spans: readonly T[]): T[][] {
  const groups = sentences.map((): T[] => []);
  for (const span of spans) {
    const i = sentenceAt(sentences, span.start);
    if (i >= 0) groups[i]!.push(span);
  }
  return groups;
}

/** For each sentence, the spans that overlap it, in their given order. */
export function spansOverlapping<T extends Span>(sentences: readonly Span[], spans: readonly T[]): T[][] {
  const groups = sentences.map((): T[] => []);
  for (const span of spans) {
    for (let i = firstEndingAfter(sentences, span.start); i < sentences.length && sentences[i]!.start < span.end; i += 1) groups[i]!.push(span);
  }
  return groups;
}

/** The index of the last span (sorted by start) that starts at or before `at`, or -1. */
export function lastStartingBy(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.start <= at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
