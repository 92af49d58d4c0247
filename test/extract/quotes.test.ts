import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle, offLimits } from "../../src/clean/index.ts";
import { officialsExtractor } from "../../src/extract/officials/index.ts";
import { extractQuotes, type Official, type Quote } from "../../src/extract/quotes/index.ts";
import { resolveOfficials } from "../../src/resolve/officials.ts";
import { Quote as QuoteSchema } from "../../src/schema/record.ts";
import { segment } from "../../src/segment/index.ts";
import type { ExtractContext } from "../../src/types.ts";
import { SHARED_DIR } from "../helpers/fixtures.ts";

/** A context segmented like the pipeline's, with officials as the pipeline resolves them. */
function prepare(text: string): { context: ExtractContext; officials: Official[] } {
  const context: ExtractContext = { text, segmentation: segment(text), referenceDate: null, excluded: [] };
  return { context, officials: resolveOfficials(officialsExtractor.extract(context)) };
}

function quotesOf(text: string): Quote[] {
  const { context, officials } = prepare(text);
  const quotes = extractQuotes(context, officials);
  for (const q of quotes) {
    expect(QuoteSchema.parse(q)).toEqual(q);
    expect(text.slice(q.start, q.end)).toBe(q.text);
  }
  return quotes;
}

const brief = (q: Quote) => ({ text: q.text, speaker: q.speaker, direct: q.direct, ruleId: q.ruleId });

const KHOFIFAH = "Gubernur Jawa Timur Khofifah Indar Parawansa hadir.\n";
const ITA = "Wali Kota (Walkot) Semarang Hevearita Gunaryanti Rahayu hadir. Wali kota yang akrab disapa Mbak Ita itu senang.\n";

describe("direct quotes: attribution after the closing mark", () => {
  it.each([
    ["verb and full name", `${KHOFIFAH}“Kami bangga,” kata Khofifah Indar Parawansa.`, "Khofifah Indar Parawansa", "quote.after-verb"],
    ["verb and title + first name", `${KHOFIFAH}“Kami bangga,” ungkap Gubernur Khofifah di Surabaya.`, "Khofifah Indar Parawansa", "quote.after-verb"],
    ["verb and first name", `${KHOFIFAH}“Kami bangga,” terang Khofifah.`, "Khofifah Indar Parawansa", "quote.after-verb"],
    ["verb and full name in capitals, spaced", `${KHOFIFAH}“Kami bangga,” kata KHOFIFAH  INDAR\tParawansa.`, "Khofifah Indar Parawansa", "quote.after-verb"],
    ["verb and title only", `${KHOFIFAH}“Kami bangga,” ujar gubernur.`, "Khofifah Indar Parawansa", "quote.after-verb"],
    ["verb and nickname", `${ITA}“Kami bangga,” ujar walkot yang akrab disapa Mbak Ita itu.`, "Hevearita Gunaryanti Rahayu", "quote.after-verb"],
    ["-nya after a narrated mention", `${KHOFIFAH}“Kami bangga,” imbuhnya.`, "Khofifah Indar Parawansa", "quote.after-verb-nya"],
    ["pronoun after the verb", `${KHOFIFAH}“Kami bangga,” kata dia.`, "Khofifah Indar Parawansa", "quote.after-verb"],
    ["non-official, as written", `“Airnya naik cepat,” kata Asep, warga setempat.`, "Asep", "quote.after-verb"],
    ["non-official with age", `“Airnya naik cepat,” ujar Suparmi (52), warga Cibodas.`, "Suparmi", "quote.after-verb"],
    ["-nya with nobody named", `“Airnya naik cepat,” ujarnya.`, null, "quote.after-verb-nya"],
    ["straight marks", `${KHOFIFAH}"Kami bangga," tutur Khofifah.`, "Khofifah Indar Parawansa", "quote.after-verb"],
  ])("%s", (_name, text, speaker, ruleId) => {
    const words = text.includes("Airnya") ? "Airnya naik cepat" : "Kami bangga";
    expect(quotesOf(text).map(brief)).toEqual([{ text: words, speaker, direct: true, ruleId }]);
  });

  it("-nya is the last named speaker, not an official named inside the quote", () => {
    const text = `${KHOFIFAH}“Terima kasih,” kata Asep.\n“Saya berterima kasih kepada Gubernur Khofifah,” ujarnya.`;
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Asep", "Asep"]);
  });

  it("a title picks the holder named last", () => {
    const text = "Gubernur Jateng Ganjar Pranowo datang. Gubernur Jawa Timur Khofifah Indar Parawansa juga.\n“Bagus,” kata gubernur.";
    expect(quotesOf(text).map((q) => q.speaker)).toEqual(["Khofifah Indar Parawansa"]);
  });
});

describe("leads before the words", () => {
  it.each([
    ["cue and comma, direct", `${KHOFIFAH}Khofifah mengatakan, “Kami bangga.”`, "Kami bangga.", true, "Khofifah Indar Parawansa", "quote.lead-cue"],
    ["cue and colon, non-official", `Asep berkata: "Kami bangga."`, "Kami bangga.", true, "Asep", "quote.lead-cue"],
    ["cue and comma, indirect", `${ITA}Mbak Ita mengatakan, apresiasi itu pendorong.`, "apresiasi itu pendorong", false, "Hevearita Gunaryanti Rahayu", "quote.lead-cue"],
    ["cue and bahwa", `${KHOFIFAH}Khofifah menegaskan bahwa pelayanan terus ditingkatkan.`, "pelayanan terus ditingkatkan", false, "Khofifah Indar Parawansa", "quote.lead-cue"],
    ["title subject", `${KHOFIFAH}Gubernur perempuan pertama Jatim itu juga mengatakan, pelayanan ditingkatkan.`, "pelayanan ditingkatkan", false, "Khofifah Indar Parawansa", "quote.lead-cue"],
    ["connective then title", `${ITA}Lebih lanjut, walkot itu berharap, prestasi dipertahankan.`, "prestasi dipertahankan", false, "Hevearita Gunaryanti Rahayu", "quote.lead-cue"],
    ["pronoun subject", `${KHOFIFAH}Dia menjelaskan, rotasi pegawai perlu.`, "rotasi pegawai perlu", false, "Khofifah Indar Parawansa", "quote.lead-cue"],
    ["Menurutnya", `${KHOFIFAH}Menurutnya, ini upaya nyata.`, "ini upaya nyata", false, "Khofifah Indar Parawansa", "quote.menurut"],
    ["Menurut + name", `Menurut Asep, banjir datang malam.`, "banjir datang malam", false, "Asep", "quote.menurut"],
    ["anaphoric lead: the whole sentence", `${ITA}Dia mengatakan itu usai menerima penghargaan.`, "Dia mengatakan itu usai menerima penghargaan", false, "Hevearita Gunaryanti Rahayu", "quote.lead-anaphor"],
    ["nobody to resolve", `Ia mengatakan, hujan turun.`, "hujan turun", false, null, "quote.lead-cue"],
  ])("%s", (_name, text, words, direct, speaker, ruleId) => {
    expect(quotesOf(text).map(brief)).toEqual([{ text: words, speaker, direct, ruleId }]);
  });
});

describe("not quotes", () => {
  it.each([
    ["a quoted theme inside a sentence", `Ajang bertema "Talent Management 2030 Smart" itu digelar.`],
    ["a cue without a reported clause", `Khofifah menyampaikan rasa syukur.`],
    ["a cue with a long subject", `Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga belas mengatakan, itu.`],
    ["a stray closing mark", `Kata ini” tidak dibuka.`],
  ])("%s", (_name, text) => {
    expect(quotesOf(text)).toEqual([]);
  });
});

describe("marks", () => {
  it("a quote that opens its paragraph counts without a verb; its speaker is unknown", () => {
    expect(quotesOf("“Ini baru awal.”").map(brief)).toEqual([{ text: "Ini baru awal.", speaker: null, direct: true, ruleId: "quote.unattributed" }]);
  });

  it("curly opening closed by a straight mark", () => {
    expect(quotesOf("“Kami siap,\" kata Asep.").map((q) => q.text)).toEqual(["Kami siap"]);
  });

  it("an unclosed opening mark is dropped, the next pair is read", () => {
    expect(quotesOf("“Tidak ditutup. “Ini ditutup,” kata Asep.").map((q) => q.text)).toEqual(["Ini ditutup"]);
  });

  it("an opening mark left open at a paragraph's end, with no continuation, is dropped", () => {
    expect(quotesOf("“Tidak ditutup, kata Asep.\nHujan turun.")).toEqual([]);
  });

  it("a multi-paragraph quote: one quote per paragraph, all with the final attribution's speaker", () => {
    const text = `${KHOFIFAH}“Paragraf pertama.\n“Paragraf kedua.\n“Paragraf ketiga,” ujar Khofifah.`;
    expect(quotesOf(text).map(brief)).toEqual(
      ["Paragraf pertama.", "Paragraf kedua.", "Paragraf ketiga"].map((t) => ({ text: t, speaker: "Khofifah Indar Parawansa", direct: true, ruleId: "quote.after-verb" })),
    );
  });
});

describe("seed articles, cleaned like the pipeline", () => {
  function seed(name: string): Quote[] {
    const clean = cleanArticle(readFileSync(`${SHARED_DIR}seed-fixtures/${name}.txt`, "utf8"));
    const context: ExtractContext = { text: clean.text, segmentation: segment(clean.text), referenceDate: null, excluded: offLimits(clean.dateline) };
    return extractQuotes(context, resolveOfficials(officialsExtractor.extract(context)));
  }

  it("kompas: every quote is Mbak Ita's", () => {
    const quotes = seed("kompas-bangkom-jateng-2023");
    const direct = quotes.filter((q) => q.direct);
    expect(direct.map((q) => [q.text.slice(0, 20), q.ruleId])).toEqual([
      ["Alhamdulillah kota S", "quote.after-verb"],
      ["Tentu ini menjadi pe", "quote.after-verb-nya"],
      ["Ssemoga bisa terus m", "quote.after-verb-nya"],
    ]);
    const indirect = quotes.filter((q) => !q.direct).map((q) => q.text);
    expect(indirect).toEqual(expect.arrayContaining([expect.stringMatching(/^Dia mengatakan itu usai menerima/), expect.stringMatching(/^apresiasi tersebut dapat/)]));
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["Hevearita Gunaryanti Rahayu"]));
    expect(quotes.some((q) => q.text.includes("Akselerasi"))).toBe(false);
  });

  it("radarcianjur: every quote is Khofifah's", () => {
    const quotes = seed("radarcianjur-bkn-award-jatim-2023");
    const direct = quotes.filter((q) => q.direct);
    expect(direct.map((q) => [q.text.slice(0, 20), q.ruleId])).toEqual([
      ["Alhamdulillah, Pempr", "quote.after-verb"],
      ["Begitu juga untuk ka", "quote.after-verb-nya"],
      ["Jadi dengan Pemprov ", "quote.after-verb"],
    ]);
    const indirect = quotes.filter((q) => !q.direct).map((q) => q.text);
    expect(indirect).toEqual(expect.arrayContaining([expect.stringMatching(/^ini merupakan bentuk upaya nyata/), expect.stringMatching(/^dibutuhkan pengelolaan manajemen pegawai/)]));
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["Khofifah Indar Parawansa"]));
    expect(quotes.some((q) => q.text.includes("Talent Management"))).toBe(false);
  });
});

describe("adversarial input stays linear", () => {
  it.each([
    ["a 1 MB line of straight quote marks", '"'.repeat(1_000_000)],
    ["100,000 unbalanced opening marks", "“kata ".repeat(100_000)],
    ["100,000 quotes each with -nya", "“Ya,” ujarnya. ".repeat(100_000)],
    ["100,000 leads in one paragraph", "Dia mengatakan, ya. ".repeat(100_000)],
    ["a 1 MB sentence before an opening mark", `${"kata ".repeat(200_000)}“Ya.”`],
    ["100,000 multi-paragraph parts", "“Ya.\n".repeat(100_000) + "“Ya,” kata Asep."],
  ])("%s", (_name, text) => {
    const context: ExtractContext = { text, segmentation: segment(text), referenceDate: null, excluded: [] };
    const started = performance.now();
    extractQuotes(context, []);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("100,000 quotes whose speaker phrases are read against the officials' names", () => {
    const { officials } = prepare(`${KHOFIFAH}${ITA}`);
    const text = "“Ya,” kata Khofifah Indar Parawansa Khofifah Indar. ".repeat(100_000);
    const context: ExtractContext = { text, segmentation: segment(text), referenceDate: null, excluded: [] };
    const started = performance.now();
    expect(extractQuotes(context, officials)).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(4000);
  });
});
