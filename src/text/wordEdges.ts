/**
 * Word edges without a regex: whether the code point before or at an offset
 * is a letter or digit, the test `(?<![\p{L}\p{N}])` and `(?![\p{L}\p{N}])`
 * make. For finding literals whose list changes per article (the names an
 * article's officials carry), where a regex would be compiled per article.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The code point that ends right before `offset` is a letter or digit. */
export function wordCharBefore(text: string, offset: number): boolean {
  if (offset <= 0) return false;
  const from = offset >= 2 && isLowSurrogate(text.charCodeAt(offset - 1)) && isHighSurrogate(text.charCodeAt(offset - 2)) ? offset - 2 : offset - 1;
  return WORD_CHAR.test(text.slice(from, offset));
}

/** The code point that starts at `offset` is a letter or digit. */
export function wordCharAt(text: string, offset: number): boolean {
  if (offset >= text.length) return false;
  const width = isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1)) ? 2 : 1;
  return WORD_CHAR.test(text.slice(offset, offset + width));
}

/** Start offsets of `literal` as a whole word, left to right, not overlapping (what a global regex would find). */
export function* wholeWordOffsets(text: string, literal: string): Generator<number> {
  if (literal === "") return;
  for (let at = text.indexOf(literal); at !== -1; ) {
    const end = at + literal.length;
    if (!wordCharBefore(text, at) && !wordCharAt(text, end)) {
      yield at;
      at = text.indexOf(literal, end);
    } else {
      at = text.indexOf(literal, at + 1);
    }
  }
}
