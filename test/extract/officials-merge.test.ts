import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle, offLimits } from "../../src/clean/index.ts";
import { mergeOfficials, officialsExtractor } from "../../src/extract/officials/index.ts";
import type { OfficialMention } from "../../src/types.ts";
import { makeContext } from "../helpers/context.ts";

function mention(name: string, title: string | null, start: number, extra: Partial<OfficialMention> = {}): OfficialMention {
  return { start, end: start + name.length, text: name, name, title, jurisdictionText: null, jurisdictionLevel: null, honorifics: [], aliases: [], ruleId: "test", ...extra };
}

describe("mergeOfficials", () => {
  it("joins a title + first name mention to the full name, keeping the longest name", () => {
    const entries = mergeOfficials([
      mention("Khofifah", "Gubernur", 0),
      mention("Khofifah Indar Parawansa", "Gubernur", 50, { jurisdictionText: "Jawa Timur", jurisdictionLevel: "provinsi", honorifics: ["Dr."] }),
    ]);
    expect(entries).toEqual([
      {
        name: "Khofifah Indar Parawansa",
        title: "Gubernur",
        jurisdictionText: "Jawa Timur",
        jurisdictionLevel: "provinsi",
        honorifics: ["Dr."],
        aliases: ["Khofifah"],
        mentions: [{ start: 0, end: 8, text: "Khofifah", ruleId: "test" }, { start: 50, end: 74, text: "Khofifah Indar Parawansa", ruleId: "test" }],
      },
    ]);
  });

  it("joins nickname mentions, also without the kinship word", () => {
    const entries = mergeOfficials([
      mention("Hanindhito Himawan Pramana", "Bupati", 0, { aliases: ["Mas Dhito"] }),
      mention("Mas Dhito", "Bupati", 40, { aliases: ["Mas Dhito"] }),
      mention("Dhito", "Bupati", 90),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.aliases).toEqual(["Mas Dhito", "Dhito"]);
    expect(entries[0]?.mentions).toHaveLength(3);
  });

  it("keeps people apart whose titles disagree", () => {
    const entries = mergeOfficials([mention("Budi Santoso", "Bupati", 0), mention("Budi", "Wakil Bupati", 30)]);
    expect(entries.map((e) => [e.name, e.title])).toEqual([["Budi Santoso", "Bupati"], ["Budi", "Wakil Bupati"]]);
  });

  it("treats an acting title as the same role", () => {
    const entries = mergeOfficials([mention("Bayu Sasongko", "Penjabat Gubernur", 0), mention("Bayu", "Gubernur", 30)]);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.title).toBe("Penjabat Gubernur");
  });

  it("drops nickname uses that reach no titled person", () => {
    expect(mergeOfficials([mention("Mbak Ita", null, 0, { aliases: ["Mbak Ita"] })])).toEqual([]);
  });
});

/** The officials of a fixture article, cleaned as the pipeline cleans it. */
function officialsOf(seed: string) {
  const clean = cleanArticle(readFileSync(new URL(`../../fixtures/articles/${seed}.txt`, import.meta.url), "utf8"));
  const context = { ...makeContext(clean.text), excluded: offLimits(clean.dateline) };
  return mergeOfficials(officialsExtractor.extract(context));
}

describe("seed articles", () => {
  it("kompas-bangkom-jateng-2023: Hevearita (Mbak Ita) and Ganjar", () => {
    const entries = officialsOf("kompas-bangkom-jateng-2023");
    expect(entries.map((e) => [e.name, e.title, e.jurisdictionText])).toEqual([
      ["Hevearita Gunaryanti Rahayu", "Wali Kota", "Semarang"],
      ["Ganjar Pranowo", "Gubernur", "Jateng"],
    ]);
    expect(entries[0]?.aliases).toContain("Mbak Ita");
    expect(entries[0]?.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it("radarcianjur-bkn-award-jatim-2023: Khofifah only, nobody from the removed related block", () => {
    const entries = officialsOf("radarcianjur-bkn-award-jatim-2023");
    expect(entries.map((e) => [e.name, e.title, e.jurisdictionText])).toEqual([["Khofifah Indar Parawansa", "Gubernur", "Jawa Timur"]]);
    expect(entries[0]?.aliases).toContain("Khofifah");
    const names = entries.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).not.toContain("Sigit");
    expect(names).not.toContain("Iwan Bule");
  });
});
