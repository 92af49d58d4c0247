/**
 * The pipeline, stage by stage, for one loaded article:
 *
 *   clean    -> drop boilerplate, read the dateline          (src/clean)
 *   segment  -> paragraphs and sentences                     (src/segment)
 *   extract  -> each extractor: (text, context) -> mentions  (src/extract)
 *   resolve  -> overlap policy, merging, canonical forms     (src/resolve)
 *   quotes   -> speakers resolved to the merged officials    (src/extract/quotes)
 *   validate -> the zod record schema                        (src/schema)
 *
 * Loading comes before (src/load) and writing after (src/sinks). A failure
 * in any stage becomes an error entry naming that stage; it never escapes.
 */
import { createHash } from "node:crypto";
import { cleanArticle, offLimits } from "./clean/index.ts";
import { extractAwards } from "./extract/awards/index.ts";
import { countsExtractor } from "./extract/counts.ts";
import { datesExtractor } from "./extract/dates/index.ts";
import { officialsExtractor } from "./extract/officials/index.ts";
import { placesExtractor } from "./extract/places/index.ts";
import { extractQuotes } from "./extract/quotes/index.ts";
import type { ErrorEntry, Stage } from "./load/result.ts";
import { byPosition, countsOutsideDates, placesApartFromPeople } from "./resolve/overlaps.ts";
import { resolveOfficials } from "./resolve/officials.ts";
import { mergePlaces } from "./resolve/places.ts";
import { publicationDate } from "./resolve/published.ts";
import { WartaRecord } from "./schema/record.ts";
import { segment } from "./segment/index.ts";
import type { ExtractContext, RawArticle } from "./types.ts";
import { WARTA_VERSION } from "./version.ts";

/** The steps a benchmark can time one by one: the stages, with each extractor on its own. */
export type TimedStep = "clean" | "segment" | "dates" | "counts" | "places" | "officials" | "awards" | "quotes" | "resolve" | "validate";

export interface PipelineOptions {
  /** Anchors relative dates when the article has no publication date (YYYY-MM-DD). */
  referenceDate?: string | null;
  /** Called with each step's wall time in milliseconds (bench/pipeline.ts); steps are not timed without it. */
  onStep?: (step: TimedStep, ms: number) => void;
  /** Hears each stage as it starts: the batch's watchdog names the stage an article was stopped in. */
  onStage?: (stage: Stage) => void;
}

export type PipelineResult = { ok: true; record: WartaRecord } | { ok: false; error: ErrorEntry };

class StageError extends Error {
  constructor(
    readonly stage: Stage,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

function inStage<T>(stage: Stage, run: () => T): T {
  try {
    return run();
  } catch (err) {
    throw err instanceof StageError ? err : new StageError(stage, err);
  }
}

/** Runs `run` in its stage (announced to onStage), timed as `step` when the caller asked for step times. */
function stepper({ onStep, onStage }: PipelineOptions) {
  return <T>(step: TimedStep, stage: Stage, run: () => T): T => {
    onStage?.(stage);
    if (onStep === undefined) return inStage(stage, run);
    const started = performance.now();
    const value = inStage(stage, run);
    onStep(step, performance.now() - started);
    return value;
  };
}

/** Stable id: the input's own id when it has one, else a hash of where the article came from and what it says. */
export function articleId(article: RawArticle): string {
  if (article.inputId !== undefined) return article.inputId;
  const hash = createHash("sha256");
  hash.update(article.source.uri).update("\0").update(String(article.source.line ?? "")).update("\0").update(article.body);
  return `w-${hash.digest("hex").slice(0, 20)}`;
}

export function processArticle(article: RawArticle, options: PipelineOptions = {}): PipelineResult {
  try {
    return { ok: true, record: runStages(article, options) };
  } catch (err) {
    const stage = err instanceof StageError ? err.stage : "extract";
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { source: article.source, stage, message } };
  }
}

function runStages(article: RawArticle, options: PipelineOptions): WartaRecord {
  const step = stepper(options);
  const clean = step("clean", "clean", () => cleanArticle(article.body));
  if (clean.text.trim() === "") throw new StageError("clean", "no article text left after cleaning");
  const segmentation = step("segment", "segment", () => segment(clean.text));

  // A page saved whole may state its publication time only in its furniture (src/clean).
  const published = publicationDate(article.published ?? clean.publicationLine ?? undefined);
  const referenceDate = published ?? options.referenceDate ?? null;
  const context: ExtractContext = { text: clean.text, segmentation, referenceDate, excluded: offLimits(clean.dateline), datelineCity: clean.dateline?.city ?? null };

  const dates = step("dates", "extract", () => datesExtractor.extract(context));
  const counts = step("counts", "extract", () => countsExtractor.extract(context));
  const places = step("places", "extract", () => placesExtractor.extract(context));
  const officials = step("officials", "extract", () => officialsExtractor.extract(context));
  // Awards read their recipients from the places pass above, not from a second one, and leave the officials out.
  const awards = step("awards", "extract", () => extractAwards(context, places, officials));

  const people = step("resolve", "resolve", () => resolveOfficials(officials));
  // Quotes come after officials: their speakers resolve to the people the article names.
  const quotes = step("quotes", "extract", () => extractQuotes(context, people));

  const record = step("resolve", "resolve", () => ({
    id: articleId(article),
    source: article.source,
    title: article.title ?? null,
    publisher: clean.dateline?.publisher ?? null,
    published,
    referenceDate,
    text: clean.text,
    officials: people,
    places: mergePlaces(placesApartFromPeople(places, people)),
    dates: byPosition(dates),
    counts: byPosition(countsOutsideDates(counts, dates)),
    awards,
    quotes,
    meta: {
      warta: WARTA_VERSION,
      format: article.format,
      removedBy: clean.removedBy,
      dateline: clean.dateline?.ruleId ?? null,
      notes: article.notes,
    },
  }));

  const checked = step("validate", "validate", () => WartaRecord.safeParse(record));
  if (!checked.success) throw new StageError("validate", checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return checked.data;
}
