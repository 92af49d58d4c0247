/**
 * An article without a reference date is parsed twice (index.ts): once by
 * the anchor pass's parsers to find its anchor, once by all of them with it.
 * A parser's regex matches are the same both times (same text, same
 * pattern; only the values the parser computes from them change), so each
 * parser's pattern remembers what it found in the text it last scanned and
 * the second parse reads them instead of scanning again.
 * Chrono calls `pattern.exec(text.substring(start))` and its parsers modify
 * the match they get, so the memo is keyed by start and keeps a copy, which
 * it hands out once (a third parse of the same text scans again).
 */
import type * as chrono from "chrono-node";

/** What a parser may change in a match is its index and its elements (the word-boundary parsers shift them); groups are only read. */
function copyOf(match: RegExpExecArray): RegExpExecArray {
  const copy = match.slice() as RegExpExecArray;
  copy.index = match.index;
  copy.input = match.input;
  if (match.groups !== undefined) copy.groups = match.groups;
  return copy;
}

/** A RegExp whose `exec` on suffixes of one text answers from memory once it has scanned them. */
class RememberingRegExp extends RegExp {
  private text = "";
  private byStart = new Map<number, RegExpExecArray | null>();

  /** `pattern` scans (its own `exec`, which may be a windowed one); this one remembers. */
  constructor(private readonly pattern: RegExp) {
    super(pattern);
  }

  /** Ready for `exec` on suffixes of `text`; what it remembers of another text is forgotten. */
  readFrom(text: string): this {
    if (text !== this.text) {
      this.text = text;
      this.byStart = new Map();
    }
    return this;
  }

  override exec(remaining: string): RegExpExecArray | null {
    const start = this.text.length - remaining.length;
    const remembered = this.byStart.get(start);
    if (remembered !== undefined) {
      // Handed out once: the parser that gets it changes it, and there is no third parse.
      this.byStart.delete(start);
      return remembered;
    }
    const found = this.pattern.exec(remaining);
    this.byStart.set(start, found === null ? null : copyOf(found));
    return found;
  }
}

/** `parser` with a pattern that scans a text once however often the same text is parsed. */
export function rememberingMatches(parser: chrono.Parser): chrono.Parser {
  let source: RegExp | null = null;
  let remembering: RememberingRegExp | null = null;
  return {
    pattern(context) {
      const pattern = parser.pattern(context);
      // exec on a global or sticky regex depends on lastIndex, not only on the text: nothing to remember.
      if (pattern.global || pattern.sticky) return pattern;
      if (remembering === null || pattern !== source) {
        source = pattern;
        remembering = new RememberingRegExp(pattern);
      }
      return remembering.readFrom(context.text);
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
