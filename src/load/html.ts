/**
 * A saved news page to a RawArticle: title, publication date and the body
 * paragraphs of the article container. What is not the article (navigation,
 * share buttons, captions, "Baca juga" boxes, related lists) is dropped by
 * selector; the selectors are data in rules/html.json.
 */
import * as cheerio from "cheerio";
import { z } from "zod";
import { described, loadRules } from "../rules/load.ts";
import type { RawArticle } from "../types.ts";

const HtmlRules = z.object({
  ...described,
  bodySelectors: z.array(z.string()).min(1),
  dropSelectors: z.array(z.string()),
  paragraphSelector: z.string(),
  titleSelectors: z.array(z.string()),
  titleFallbackSelectors: z.array(z.string()),
  publishedSelectors: z.array(z.string()),
  publishedVisibleSelectors: z.array(z.string()),
});

const rules = loadRules("html.json", HtmlRules);
const dropSelector = rules.dropSelectors.join(", ");
/** Stands for <br> while text is read; lines are split at it before whitespace is collapsed. */
const LINE_BREAK = "\u2028";

export interface HtmlArticle {
  body: string;
  title?: string;
  published?: string;
  url?: string;
}

export function readHtmlArticle(html: string): HtmlArticle {
  const $ = cheerio.load(html);
  const jsonLd = readJsonLd($);
  // Meta tags and JSON-LD say what the publisher meant; <title> carries a site suffix.
  const title = firstContent($, rules.titleSelectors) ?? jsonLd.headline ?? firstContent($, rules.titleFallbackSelectors);
  const url = $("link[rel='canonical']").attr("href") ?? $("meta[property='og:url']").attr("content");
  const publishedStated = firstContent($, rules.publishedSelectors) ?? jsonLd.datePublished;
  $(dropSelector).remove();
  // Visible dates only once sidebars and related lists are gone: theirs are other articles' dates.
  const published = publishedStated ?? firstContent($, rules.publishedVisibleSelectors);
  // A line break inside a block separates lines (older CMSs write paragraphs as text<br><br>text).
  $("br").replaceWith(LINE_BREAK);
  const container = findContainer($);
  const paragraphs = paragraphsOf($, container);
  const out: HtmlArticle = { body: paragraphs.join("\n") };
  if (title) out.title = title;
  if (published) out.published = published;
  if (url) out.url = url;
  return out;
}

/** Fills a RawArticle's body, title, date and url from its HTML page. */
export function applyHtmlPage(article: RawArticle, html: string): RawArticle {
  const page = readHtmlArticle(html);
  article.body = page.body;
  if (page.title) article.title = page.title;
  if (page.published) article.published = page.published;
  if (page.url) article.url = page.url;
  return article;
}

function firstContent($: cheerio.CheerioAPI, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const el = $(selector).first();
    if (el.length === 0) continue;
    const value = (el.attr("content") ?? el.attr("datetime") ?? el.text()).trim();
    if (value) return collapse(value);
  }
  return undefined;
}

/** headline / datePublished from the first JSON-LD block that has them (NewsArticle and kin). */
function readJsonLd($: cheerio.CheerioAPI): { headline?: string; datePublished?: string } {
  const found: { headline?: string; datePublished?: string } = {};
  $("script[type='application/ld+json']").each((_, el) => {
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
    } catch {
      return;
    }
    for (const node of flattenJsonLd(data)) {
      if (!found.headline && typeof node.headline === "string") found.headline = node.headline;
      if (!found.datePublished && typeof node.datePublished === "string") found.datePublished = node.datePublished;
    }
  });
  return found;
}

function flattenJsonLd(data: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(data)) return data.flatMap(flattenJsonLd);
  if (data && typeof data === "object") {
    const node = data as Record<string, unknown>;
    return [node, ...flattenJsonLd(node["@graph"])];
  }
  return [];
}

/** The first body selector that holds paragraphs, else the element with the most paragraph text. */
function findContainer($: cheerio.CheerioAPI): cheerio.Cheerio<any> {
  for (const selector of rules.bodySelectors) {
    const el = $(selector).first();
    if (el.length > 0 && el.find("p").length > 0) return el;
  }
  let best = $("body");
  let bestLength = 0;
  $("p").each((_, p) => {
    const parent = $(p).parent();
    const length = parent.children("p").text().length;
    if (length > bestLength) {
      bestLength = length;
      best = parent;
    }
  });
  return best;
}

function paragraphsOf($: cheerio.CheerioAPI, container: cheerio.Cheerio<any>): string[] {
  const blocks = container.find(rules.paragraphSelector);
  const texts: string[] = [];
  blocks.each((_, el) => {
    // A block nested in another block (li > p) is read once, via its innermost element.
    if ($(el).find(rules.paragraphSelector).length > 0) return;
    texts.push(...lines($(el).text()));
  });
  return texts.length > 0 ? texts : lines(container.text());
}

/** The lines of a block's text: split at <br>, whitespace collapsed, empty ones dropped. */
function lines(text: string): string[] {
  return text
    .split(LINE_BREAK)
    .map(collapse)
    .filter((line) => line !== "");
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
