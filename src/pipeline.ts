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
import { byPosition, countsOutsideDates } from "./resolve/overlaps.ts";
import { resolveOfficials } from "./resolve/officials.ts";
import { mergePlaces } from "./resolve/places.ts";
import { publicationDate } from "./resolve/published.ts";
import { WartaRecord } from "./schema/record.ts";
import { segment } from "./segment/index.ts";
import type { ExtractContext, RawArticle } from "./types.ts";
import { WARTA_VERSION } from "./version.ts";

export interface PipelineOptions {
  /** Anchors relative dates when the article has no publication date (YYYY-MM-DD). */
  referenceDate?: string | null;
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

function inStage<T>(stage: Stage, run: () => T, options: PipelineOptions): T {
  options.onStage?.(stage);
  try {
    return run();
  } catch (err) {
    throw err instanceof StageError ? err : new StageError(stage, err);
  }
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
  const clean = inStage("clean", () => cleanArticle(article.body), options);
  if (clean.text.trim() === "") throw new StageError("clean", "no article text left after cleaning");
  const segmentation = inStage("segment", () => segment(clean.text), options);

  const published = publicationDate(article.published);
  const referenceDate = published ?? options.referenceDate ?? null;
  const context: ExtractContext = { text: clean.text, segmentation, referenceDate, excluded: offLimits(clean.dateline) };

  const { dates, counts, places, officials, awards } = inStage("extract", () => ({
    dates: datesExtractor.extract(context),
    counts: countsExtractor.extract(context),
    places: placesExtractor.extract(context),
    officials: officialsExtractor.extract(context),
    awards: extractAwards(context),
  }), options);

  const people = inStage("resolve", () => resolveOfficials(officials), options);
  // Quotes come after officials: their speakers resolve to the people the article names.
  const quotes = inStage("extract", () => extractQuotes(context, people), options);

  const record = inStage("resolve", () => ({
    id: articleId(article),
    source: article.source,
    title: article.title ?? null,
    publisher: clean.dateline?.publisher ?? null,
    published,
    referenceDate,
    text: clean.text,
    officials: people,
    places: mergePlaces(places),
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
  }), options);

  options.onStage?.("validate");
  const checked = WartaRecord.safeParse(record);
  if (!checked.success) throw new StageError("validate", checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  return checked.data;
}
