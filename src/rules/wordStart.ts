/**
 * A pattern that must start at a word's edge, `(?<![\p{L}\p{N}])body`,
 * matched without making V8 try the lookbehind at every position.
 *
 * With a lookbehind first, V8's regex engine evaluates it at each position
 * of the text before it looks at the body, and cannot skip ahead to the
 * letters a body can start with. Matched without it, the body is found by
 * that quick scan; the character before each match is then checked here, and
 * a match after a letter is dropped and the search resumes one position
 * further on: the same leftmost match the whole pattern finds, as the
 * lookbehind reads nothing the body matches. Cue and verb patterns run
 * 1.3-2x faster so (docs/performance.md, "Sixth round").
 *
 * A drop-in RegExp: `exec`, and through it `test`, `matchAll`, `replace`,
 * work as on the whole pattern, whose `source` it keeps. A sticky pattern
 * gains nothing (it is tried at one position) and runs as written.
 */

/** `(?<![class])` opening a pattern: the class, and where the body starts. */
const LEADING_EDGE = /^\(\?<!\[((?:\\p\{[A-Za-z]+\}|[^\]\\])+)\]\)/u;

/** Whether `source` has a `|` outside every group and class: then a leading lookbehind binds only the first branch. */
function hasTopLevelBranch(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export class WordStartRegExp extends RegExp {
  readonly #body: RegExp;
  readonly #edge: RegExp;

  /** `pattern` must open with a negated lookbehind of one character class, `(?<![\p{L}\p{N}])` or the like. */
  constructor(pattern: string | RegExp, flags?: string) {
    const source = typeof pattern === "string" ? pattern : pattern.source;
    super(source, flags ?? (typeof pattern === "string" ? "" : pattern.flags));
    const edge = LEADING_EDGE.exec(source);
    if (edge === null || hasTopLevelBranch(source)) {
      throw new Error(`WordStartRegExp needs a pattern opening with a lookbehind such as (?<![\\p{L}\\p{N}]), and no | outside a group: /${source}/`);
    }
    // The body alone scans; a global copy, so that each search starts where the last one left off.
    this.#body = new RegExp(source.slice(edge[0].length), `${this.flags.replace(/[gy]/g, "")}g`);
    // Empty matches step through surrogate pairs as V8 does only for the whole pattern: words are never empty.
    if (this.#body.test("")) throw new Error(`WordStartRegExp needs a pattern that cannot match the empty string: /${source}/`);
    // The i flag closes a class under case folding (with u, U+0345 folds to a letter): the edge is read with the same flags.
    this.#edge = new RegExp(`[${edge[1]}]`, `${this.ignoreCase ? "i" : ""}${this.unicode ? "u" : ""}`);
  }

  /** Whether the character (a whole code point, with the u flag) ending at `at` is one the lookbehind excludes. */
  #edgeFails(text: string, at: number): boolean {
    if (at === 0) return false;
    const last = text.charCodeAt(at - 1);
    const before = this.unicode && isLowSurrogate(last) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2)) ? text.slice(at - 2, at) : text[at - 1]!;
    return this.#edge.test(before);
  }

  /** One position further on than `at`: a whole code point, as the u flag steps. */
  #nextPosition(text: string, at: number): number {
    return at + (this.unicode && isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1)) ? 2 : 1);
  }

  /** The first match starting at `from` or later, of the body at a word's edge. */
  #search(text: string, from: number): RegExpExecArray | null {
    const body = this.#body;
    body.lastIndex = from;
    for (let match = body.exec(text); match !== null; match = body.exec(text)) {
      const at = match.index;
      if (!this.#edgeFails(text, at)) return match;
      body.lastIndex = this.#nextPosition(text, at);
    }
    return null;
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.sticky) return super.exec(text);
    if (!this.global) return this.#search(text, 0);
    const match = this.#search(text, this.lastIndex);
    this.lastIndex = match === null ? 0 : match.index + match[0].length;
    return match;
  }

  /** As `String.prototype.matchAll` on the whole pattern, without building a copy of this one per call as the built-in does. */
  override *[Symbol.matchAll](text: string): IterableIterator<RegExpExecArray> {
    if (!this.global) throw new TypeError(`matchAll needs a global pattern: /${this.source}/${this.flags}`);
    if (this.sticky) {
      yield* super[Symbol.matchAll](text) as IterableIterator<RegExpExecArray>;
      return;
    }
    for (let match = this.#search(text, this.lastIndex); match !== null; ) {
      yield match;
      const end = match.index + match[0].length;
      // An empty match steps on, as the built-in does.
      match = this.#search(text, end > match.index ? end : this.#nextPosition(text, end));
    }
  }
}
