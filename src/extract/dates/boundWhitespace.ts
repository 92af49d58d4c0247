/**
 * Chrono's month-name patterns ("\s*,?\s*" after the month) backtrack
 * quadratically on a long run of whitespace: "Mei" and 100,000 spaces take
 * seconds. Chrono parses a copy in which every whitespace run is cut to
 * MAX_RUN characters and padded with a placeholder no pattern matches, so
 * the copy has the same length and every offset stays valid. No date spans
 * such a run anyway.
 */

const MAX_RUN = 32;
const LONG_RUN = new RegExp(`\\s{${MAX_RUN + 1},}`, "g");
/** A private-use character: neither a letter, a digit nor whitespace. */
const PLACEHOLDER = "\uE000";

export function boundWhitespaceRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => run.slice(0, MAX_RUN) + PLACEHOLDER.repeat(run.length - MAX_RUN));
}
