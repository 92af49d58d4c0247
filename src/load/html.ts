/**
 * A saved news page to a RawArticle: title, publication date and the body
 * paragraphs of the article container. What is not the article (navigation,
 * share buttons, captions, "Baca juga" boxes, related lists) is dropped by
 * selector; the selectors are data in rules/html.json.
 *
 * Pages come from the open web, so nothing here may be worse than linear in
 * the page or recurse once per nesting level:
 * - the page is parsed with htmlparser2 (cheerio's `xml: { xmlMode: false }`,
 *   through `cheerio/slim`, the entry that loads neither parse5 nor undici:
 *   ~70 ms less start-up per worker thread); parse5, cheerio's default, is
 *   quadratic in nesting depth and ~5x slower on news pages;
 * - the elements are listed once, in document order, with an explicit stack,
 *   and every selector is a filter over that list (cheerio's `$(selector)`
 *   and `.find` walk the tree with array shift/unshift, quadratic in depth,
 *   and `.find` on an element is quadratic in its number of children);
 * - every selector is compiled once, when the module loads, with css-select
 *   (the engine under cheerio's `.filter`, which parses and compiles its
 *   selector on every call: most of the time of a small page);
 * - dropped elements are marked, not removed (removing 20,000 siblings one by
 *   one is quadratic too), and text is read with an explicit stack (cheerio's
 *   `.text()` recurses and overflows on 10,000 nested elements).
 * What is left is htmlparser2's own open-element stack (shift/unshift per
 * tag): 20,000 nested elements parse in well under a second, and anything
 * far deeper is stopped by the per-article time budget of the batch.
 */
import * as cheerio from "cheerio/slim";
import { compile } from "css-select";
import type { AnyNode, Element } from "domhandler";
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

type ElementTest = (element: Element) => boolean;
/** A selector compiled as cheerio's `.filter` compiles it for an HTML page. */
const selectorTest = (selector: string): ElementTest => compile<AnyNode, Element>(selector, { xmlMode: false });

const IS_DROPPED = selectorTest(rules.dropSelectors.join(", "));
const IS_PARAGRAPH = selectorTest(rules.paragraphSelector);
const IS_P = selectorTest("p");
const IS_BODY = selectorTest("body");
const IS_CANONICAL = selectorTest("link[rel='canonical']");
const IS_OG_URL = selectorTest("meta[property='og:url']");
const IS_JSON_LD = selectorTest("script[type='application/ld+json']");
const selectorTests = (selectors: string[]) => selectors.map(selectorTest);
const BODY_TESTS = selectorTests(rules.bodySelectors);
const TITLE_TESTS = selectorTests(rules.titleSelectors);
const TITLE_FALLBACK_TESTS = selectorTests(rules.titleFallbackSelectors);
const PUBLISHED_TESTS = selectorTests(rules.publishedSelectors);
const PUBLISHED_VISIBLE_TESTS = selectorTests(rules.publishedVisibleSelectors);
/** Stands for <br> while text is read; lines are split at it before whitespace is collapsed. */
const LINE_BREAK = "\u2028";
/** Source offsets on every element make "is this block inside that one" one comparison. */
const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } } as const;

export interface HtmlArticle {
  body: string;
  title?: string;
  published?: string;
  url?: string;
}

/** A parsed page: its root nodes, every element in document order, and those that survive the drop selectors. */
interface Page {
  roots: AnyNode[];
  all: Element[];
  kept: Element[];
  dropped: ReadonlySet<Element>;
}

export function readHtmlArticle(html: string): HtmlArticle {
  const page = parsePage(html);
  const { all, kept } = page;
  const jsonLd = readJsonLd(page);
  // Meta tags and JSON-LD say what the publisher meant; <title> carries a site suffix.
  const title = firstContent(page, all, TITLE_TESTS) ?? jsonLd.headline ?? firstContent(page, all, TITLE_FALLBACK_TESTS);
  const url = all.find(IS_CANONICAL)?.attribs.href ?? all.find(IS_OG_URL)?.attribs.content;
  // Visible dates only outside the dropped parts: sidebars and related lists carry other articles' dates.
  const published = firstContent(page, all, PUBLISHED_TESTS) ?? jsonLd.datePublished ?? firstContent(page, kept, PUBLISHED_VISIBLE_TESTS);
  const out: HtmlArticle = { body: paragraphsOf(page, findContainer(page)).join("\n") };
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

function parsePage(html: string): Page {
  const roots = cheerio.load(html, PARSE_OPTIONS).root().toArray();
  const all: Element[] = [];
  const stack: AnyNode[] = [...roots];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isElement(node)) all.push(node);
    if ("children" in node) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  // Document order lists a parent before its children, so one pass marks whole dropped subtrees.
  const dropped = new Set<Element>();
  for (const el of all) if (IS_DROPPED(el) || (el.parent !== null && dropped.has(el.parent as Element))) dropped.add(el);
  return { roots, all, kept: all.filter((el) => !dropped.has(el)), dropped };
}

/** The text of nodes and their descendants in document order, without dropped elements; <br> is a line break. */
function textOf(page: Page, nodes: Iterable<AnyNode>): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === "text") parts.push(node.data);
    else if (isElement(node) && node.name === "br") parts.push(LINE_BREAK);
    else if ("children" in node && !(isElement(node) && page.dropped.has(node))) {
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
    }
  }
  return parts.join("");
}

function firstContent(page: Page, among: readonly Element[], testsInOrder: readonly ElementTest[]): string | undefined {
  for (const matches of testsInOrder) {
    const el = among.find(matches);
    if (el === undefined) continue;
    const value = (el.attribs.content ?? el.attribs.datetime ?? textOf(page, [el])).trim();
    if (value) return collapse(value);
  }
  return undefined;
}

/** headline / datePublished from the first JSON-LD block that has them (NewsArticle and kin). */
function readJsonLd(page: Page): { headline?: string; datePublished?: string } {
  const found: { headline?: string; datePublished?: string } = {};
  for (const el of page.all.filter(IS_JSON_LD)) {
    let data: unknown;
    try {
      data = JSON.parse(el.children.map((child) => (child.type === "text" ? child.data : "")).join(""));
    } catch {
      continue;
    }
    for (const node of flattenJsonLd(data)) {
      if (!found.headline && typeof node.headline === "string") found.headline = node.headline;
      if (!found.datePublished && typeof node.datePublished === "string") found.datePublished = node.datePublished;
    }
  }
  return found;
}

/** Every object in a JSON-LD value and its @graph, breadth first, without recursion. */
function flattenJsonLd(data: unknown): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const queue: unknown[] = [data];
  for (let i = 0; i < queue.length; i += 1) {
    const item = queue[i];
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === "object") {
      const node = item as Record<string, unknown>;
      out.push(node);
      queue.push(node["@graph"]);
    }
  }
  return out;
}

/** The first body selector that holds paragraphs, else the element whose own <p> children hold the most text. */
function findContainer(page: Page): Element | null {
  const paragraphs = page.kept.filter(IS_P);
  for (const matches of BODY_TESTS) {
    const el = page.kept.find(matches);
    if (el !== undefined && paragraphs.some((p) => within(p, el))) return el;
  }
  const textByParent = new Map<Element, number>();
  for (const p of paragraphs) {
    const parent = p.parent;
    if (parent !== null && isElement(parent)) textByParent.set(parent, (textByParent.get(parent) ?? 0) + textOf(page, [p]).length);
  }
  let best: Element | null = null;
  let bestLength = 0;
  for (const [parent, length] of textByParent) {
    if (length > bestLength) {
      bestLength = length;
      best = parent;
    }
  }
  return best ?? page.kept.find(IS_BODY) ?? null;
}

/**
 * The text of each innermost block inside the container (a block holding
 * another block, li > p, is read once, via the inner one). Blocks come in
 * document order, so a block holds another exactly when the next block lies
 * inside it. No container: the whole page's text.
 */
function paragraphsOf(page: Page, container: Element | null): string[] {
  if (container === null) return lines(textOf(page, page.roots));
  const blocks = page.kept.filter((el) => IS_PARAGRAPH(el) && within(el, container));
  const texts: string[] = [];
  blocks.forEach((el, i) => {
    const next = blocks[i + 1];
    if (next !== undefined && within(next, el)) return;
    texts.push(...lines(textOf(page, [el])));
  });
  return texts.length > 0 ? texts : lines(textOf(page, [container]));
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** Is `node` inside `ancestor`? Their source offsets say so (a node is not inside itself). */
function within(node: Element, ancestor: Element): boolean {
  const start = node.startIndex;
  return start !== null && ancestor.startIndex !== null && ancestor.endIndex !== null && start > ancestor.startIndex && start < ancestor.endIndex;
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
