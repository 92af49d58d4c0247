import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../bench/corpus/random.ts";
import { YearCueParser } from "../../src/extract/dates/parsers/YearCueParser.ts";
import { dateRules } from "../../src/extract/dates/rules.ts";
import { fill, timed, TWO_MB } from "../helpers/adversarial.ts";
import { FIXTURES_DIR, HELDOUT_DIR } from "../helpers/fixtures.ts";

const windowed = new YearCueParser(dateRules.yearCue).pattern();
const plain = new RegExp(windowed.source, windowed.flags);

const shape = (m: RegExpExecArray | null) => (m === null ? null : { index: m.index, text: m[0], groups: { ...m.groups } });

/** The windowed search gives what the plain regex gives, on the text and on every suffix chrono may ask about. */
function expectSame(text: string): void {
  for (let start = 0; start <= text.length; start++) {
    const rest = text.slice(start);
    expect(shape(windowed.exec(rest)), JSON.stringify(rest)).toEqual(shape(plain.exec(rest)));
  }
}

describe("the year-cue pattern searched in windows", () => {
  it.each([
    "Pada tahun 2021 total penghargaan, sejak 2019 hingga 2025.",
    "20212022 tahun 2023; 2021202 tahun 2023; 2021tahun 2023",
    "pada\ntahun 2024, pada tahun\n2024, 1990-an, 2023/2024, 2023.5, 12023, 2023x",
    "awal  \t 2024\n\ntahun anggaran 2025\r\nsampai dengan 1999",
    "Tahun 2023 dan TAHUN 2024 serta tahun 𝐀2024, 2024𝐀 tahun",
  ])("%j", (text) => expectSame(text));

  it("agrees with the plain regex on random texts of years, digits, cues and line breaks", () => {
    const random = seededRandom(11);
    const pieces = ["2021", "1999", "3000", "202", "7", "0", " ", " ", "\t", "\n", ",", "-", "/", ".", "tahun", "pada", "awal", "x", "é", "anggaran"];
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: random.int(1, 14) }, () => random.pick(pieces)).join("");
      expectSame(text);
    }
  });

  it("agrees with the plain regex on the fixture articles", () => {
    for (const dir of [FIXTURES_DIR, HELDOUT_DIR]) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
        const text = readFileSync(dir + file, "utf8");
        expect(shape(windowed.exec(text)), file).toEqual(shape(plain.exec(text)));
      }
    }
  });

  it.each([
    ["2 MB of years that are not years on one line", fill("pada 2024x ")],
    ["2 MB of years on one line", fill("2024 ")],
    ["2 MB of digits", fill("20242024")],
    ["2 MB of cue words before one year", `${fill("pada tahun ")}2024`],
  ])("stays linear on %s", (_name, text) => {
    const { ms } = timed(() => windowed.exec(text.slice(0, TWO_MB)));
    expect(ms).toBeLessThan(2000);
  });
});
