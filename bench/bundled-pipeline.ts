/**
 * What `npm run bench` times, as the commands and workers run it: the
 * pipeline and the JSON Lines loader bundled by esbuild (src/bundle.mjs),
 * not the TypeScript sources under tsx. tsx transpiles with esbuild's
 * `keepNames`, which wraps every nested named function in a `__name()`
 * call each time it is created (about 3% of the samples of a profile of the
 * sources); the bundle Warta ships has no such calls.
 */
export { processArticle } from "../src/pipeline.ts";
export type { TimedStep } from "../src/pipeline.ts";
export { buildGazetteer } from "../src/extract/places/gazetteer.ts";
export { parseJsonlLine } from "../src/load/article.ts";
export { decodeText } from "../src/load/decode.ts";
