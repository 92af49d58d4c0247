/**
 * Finding the year-cue pattern (YearCueParser) without running it over the
 * whole text. A match lies on one line and ends with its year: a 4-digit
 * number [12]ddd standing alone (no letter or digit either side). So the
 * pattern only runs on windows, one per such number, each from the line
 * start (or the last digit of the previous number, where no match can
 * start) to three characters past the number (what the pattern's look-ahead
 * reads). On a window the pattern sees what it would see in the whole text
 * at every place a match can start, so `exec` answers as the plain regex
 * would (a test compares the two). The pattern reads only the windows; the
 * window search reads each character at most twice, so the cost stays linear.
 */

/** A candidate year: four digits from 1000 to 2999 (a longer digit run is skipped whole below). */
const YEAR = /[12]\d{3}/g;
/** How far past the year the pattern's look-ahead reads: a mark and a letter that may take two code units. */
const LOOK_AHEAD = 3;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The year-cue pattern with a windowed `exec`; `pattern` must be non-global and match within one line, ending with its year. */
export class YearCueSearch extends RegExp {
  override exec(text: string): RegExpExecArray | null {
    // Where the next window may start: the last digit of the previous number's digit run
    // (a match cannot start there, and the letter after it sees a digit before it, as in the text).
    let from = 0;
    YEAR.lastIndex = 0;
    for (let year = YEAR.exec(text); year !== null; year = YEAR.exec(text)) {
      let start = year.index;
      while (start > from && text.charCodeAt(start - 1) !== 10) start -= 1;
      const end = Math.min(text.length, year.index + 4 + LOOK_AHEAD);
      const match = super.exec(text.slice(start, end));
      if (match !== null) {
        match.index += start;
        match.input = text;
        return match;
      }
      let runEnd = year.index + 4;
      while (isDigit(text.charCodeAt(runEnd))) runEnd += 1;
      from = runEnd - 1;
      YEAR.lastIndex = runEnd;
    }
    return null;
  }
}
