/**
 * Bytes to text. UTF-8 first (strictly, so mojibake is not silently
 * produced); text that is not valid UTF-8 but has no NUL bytes is read as
 * windows-1252, the usual encoding of old Indonesian news pages, and says so.
 */
export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");

/** How many bytes at the start are sniffed for binary content. */
const SNIFF_BYTES = 8192;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty input" };
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return { ok: false, reason: "not text: binary content (NUL bytes)" };
  try {
    return { ok: true, text: stripBom(utf8.decode(bytes)), notes: [] };
  } catch {
    return { ok: true, text: windows1252.decode(bytes), notes: ["not valid UTF-8; decoded as windows-1252"] };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
