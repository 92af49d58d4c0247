/**
 * Patterns that `npm run audit:regex` (recheck) found to backtrack
 * super-linearly, each run on its kind of attack string at a size where the
 * old pattern took seconds to minutes ("menurut" + 10,000 tabs: 13 s;
 * 40,000: over 2 minutes). The bound is generous; linear code takes
 * milliseconds.
 */
import { describe, expect, test } from "vitest";
import { cleanArticle } from "../src/clean/index.ts";
import { norm } from "../src/eval/score.ts";
import { extractAwards } from "../src/extract/awards/index.ts";
import { learn } from "../src/extract/officials/knowledge.ts";
import { attributionAfter, readLead } from "../src/extract/quotes/attribution.ts";
import { timed } from "./helpers/adversarial.ts";
import { makeContext } from "./helpers/context.ts";

const LIMIT_MS = 2000;
const N = 100_000;

describe("once super-linear, now linear", () => {
  test.each<{ name: string; run: () => unknown }>([
    { name: "scorer: a long run of edge characters", run: () => norm("x" + "(".repeat(N) + "x") },
    { name: "scorer: spaces around many parentheses", run: () => norm("( ".repeat(N) + "x") },
    { name: "quotes: spaces after a closing mark with no verb", run: () => attributionAfter("\t".repeat(N) + "n") },
    { name: "quotes: 'menurut' and a long run of tabs", run: () => readLead("menurut\t" + "\t".repeat(N) + "\n") },
    { name: "quotes: 'menurut', a word and a long run of tabs", run: () => readLead("menurut X" + "\t".repeat(N) + "\n") },
    { name: "officials: place cues after long runs of tabs", run: () => learn("i" + "\t".repeat(N) + "\tk".repeat(N)) },
    { name: "clean: spaces before a trailing credit that is not one", run: () => cleanArticle("Berita." + "\u2003".repeat(N) + ")(aa/aa)") },
    { name: "clean: spaces before a trailing advertisement that is not one", run: () => cleanArticle("Berita." + "\u2003".repeat(N) + "sadvertisement") },
    {
      name: "awards: a long gap of tabs between two recipients",
      run: () => extractAwards(makeContext("Penghargaan Adipura diraih Kota Surabaya (Jawa Timur)" + "\t".repeat(N) + ", x Kota Malang dan Kota Batu.")),
    },
    {
      name: "awards: a person's clause opener after a long run of letters",
      run: () => extractAwards(makeContext("Penghargaan Adipura diraih Kota Batu. " + "A".repeat(N) + "\u0000 Budi Santoso, guru SD, meraih juara I.")),
    },
    {
      name: "awards: an organizer followed by a long run of spaces",
      run: () => extractAwards(makeContext("Anugerah Keterbukaan Informasi Publik diserahkan Komisi Informasi Pusat" + " ".repeat(N) + "x (KIP).")),
    },
  ])("$name", ({ run }) => {
    const { ms } = timed(run);
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});

describe("the rewritten patterns still read what they read", () => {
  test("scorer: edge characters and parentheses, as score.py has them", () => {
    expect(norm(' "(Kota  Semarang )". ')).toBe("kota semarang");
    expect(norm("Badan Kepegawaian Negara ( BKN ) Award")).toBe("badan kepegawaian negara (bkn) award");
  });

  test("quotes: a verb after the mark, with or without a comma", () => {
    expect(attributionAfter(", ujar Khofifah.")?.ref).toBeTruthy();
    expect(attributionAfter(" ujarnya.")?.ruleId).toBeTruthy();
  });

  test("quotes: 'Menurut X,' and 'Menurutnya,'", () => {
    expect(readLead("Menurut Gubernur Khofifah, program ini berhasil.")?.contentStart).toBe("Menurut Gubernur Khofifah, ".length);
    expect(readLead("Menurutnya, program ini berhasil.")?.contentStart).toBe("Menurutnya, ".length);
  });
});
