/**
 * What `npm run bench:ab -- OTHER --step STEP` times: the stages an
 * extractor's input comes from and the extractors themselves, bundled as
 * the pipeline is (bench/bundled-pipeline.ts). An older checkout needs a
 * copy of this file to be compared.
 */
export { cleanArticle, offLimits } from "../src/clean/index.ts";
export { segment } from "../src/segment/index.ts";
export { extractAwards } from "../src/extract/awards/index.ts";
export { placesExtractor } from "../src/extract/places/index.ts";
export { officialsExtractor } from "../src/extract/officials/index.ts";
export { countsExtractor } from "../src/extract/counts.ts";
export { datesExtractor } from "../src/extract/dates/index.ts";
