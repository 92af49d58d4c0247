/**
 * rules/honorifics.json, loaded once: titles and ranks written before a name
 * ("dr.", "H.", "AKBP"), degrees after it, military corps, kinship words.
 * The officials' and award winners' name readers use it, and the venue
 * reader for names that hold one ("RSUP H. Adam Malik").
 */
import { z } from "zod";
import { described, loadRules } from "./load.ts";

const words = z.array(z.string().min(1));
const HonorificRules = z.object({ ...described, namePrefixes: words, before: words, militaryCorps: words, after: words, kinship: words, nameAbbreviations: words });

export const honorificRules = loadRules("honorifics.json", HonorificRules);
