/** Canonical names from idn-area-data's upper-case official names. */

/** "KABUPATEN ACEH SELATAN" -> "Kabupaten Aceh Selatan"; each part after a space or hyphen capitalized. */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

const LEVEL_PREFIX = /^(Kota|Kabupaten) /;

/** "Kota Semarang" -> "Semarang": the name a text writes without its level. */
export function bareName(canonical: string): string {
  return canonical.replace(LEVEL_PREFIX, "");
}

/** Spaced names are written joined too: "Lubuk Linggau" / "Lubuklinggau". */
export function writtenForms(bare: string): string[] {
  const joined = bare.replace(/ /g, "");
  return joined === bare ? [bare] : [bare, joined];
}
