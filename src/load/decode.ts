/**
 * Bytes to text. UTF-8 first (strictly, so mojibake is not silently
 * produced); text that is not valid UTF-8 but has no NUL bytes is read as
 * windows-1252, the usual encoding of old Indonesian news pages, and says so.
 */
export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** How many bytes at the start are sniffed for binary content. */
const SNIFF_BYTES = 8192;

/**
 * windows-1252 bytes 0x80-0x9F (curly quotes, dashes, euro sign: the very
 * characters that make old pages non-UTF-8), per the WHATWG Encoding
 * Standard. Node's TextDecoder("windows-1252") decodes these as Latin-1
 * control characters on current Node 20 releases, so Warta maps them itself;
 * every other byte is its Latin-1 code point. The five undefined bytes keep
 * their Latin-1 value, as the standard says.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty input" };
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return { ok: false, reason: "not text: binary content (NUL bytes)" };
  try {
    return { ok: true, text: stripBom(utf8.decode(bytes)), notes: [] };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), notes: ["not valid UTF-8; decoded as windows-1252"] };
  }
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
