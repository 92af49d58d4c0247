/**
 * The publication date as a calendar date. Inputs state it as ISO
 * date-times ("2024-05-07T10:15:00+07:00": the date as written, in the
 * publisher's own time zone), or as visible Indonesian text ("Selasa, 7 Mei
 * 2024 10:15 WIB"), read with chrono's Indonesian locale.
 */
import * as chrono from "chrono-node";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export function publicationDate(published: string | undefined): string | null {
  if (!published) return null;
  const iso = ISO_DATE.exec(published.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const parsed = chrono.id.parse(published.slice(0, 200))[0];
  if (!parsed || !parsed.start.isCertain("year") || !parsed.start.isCertain("day")) return null;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  return `${parsed.start.get("year")}-${pad(parsed.start.get("month"))}-${pad(parsed.start.get("day"))}`;
}
