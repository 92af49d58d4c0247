/**
 * `npm run bench:places`: what the kecamatan/desa index costs. Builds the
 * places gazetteer with and without the 90,000 kecamatan and desa names and
 * times the places extractor over the fixture articles with each, so a user
 * can see that look-up cost does not grow with the gazetteer (one pass over
 * the article's tokens through a trie, whatever its size). Reported only.
 */
import { cleanArticle, offLimits } from "../src/clean/index.ts";
import { buildGazetteer, type Gazetteer } from "../src/extract/places/gazetteer.ts";
import { extractPlaces } from "../src/extract/places/index.ts";
import { loadInputs } from "../src/load/index.ts";

const ROUNDS = 200;

const contexts: Array<{ text: string; excluded: ReturnType<typeof offLimits> }> = [];
for await (const loaded of loadInputs(["fixtures/articles", "fixtures/heldout"])) {
  if (!loaded.ok) continue;
  const clean = cleanArticle(loaded.article.body);
  contexts.push({ text: clean.text, excluded: offLimits(clean.dateline) });
}

function measure(label: string, areas: boolean): void {
  const built = process.hrtime.bigint();
  const gazetteer: Gazetteer = buildGazetteer({ areas });
  const buildMs = Number(process.hrtime.bigint() - built) / 1e6;
  for (const c of contexts) extractPlaces(c, gazetteer); // warm-up
  const start = process.hrtime.bigint();
  for (let round = 0; round < ROUNDS; round++) for (const c of contexts) extractPlaces(c, gazetteer);
  const perArticle = Number(process.hrtime.bigint() - start) / 1e6 / (ROUNDS * contexts.length);
  console.log(`${label.padEnd(28)} build ${buildMs.toFixed(0).padStart(5)} ms   ${perArticle.toFixed(3)} ms per article`);
}

console.log(`${contexts.length} fixture articles x ${ROUNDS} rounds`);
measure("without kecamatan/desa", false);
measure("with kecamatan/desa", true);
