/**
 * The benchmark corpus: a seeded, reproducible stream of articles made from
 * the fixture articles (fixtures/articles and fixtures/heldout: plain text,
 * the saved HTML page, the JSON Lines items), each copy with other official
 * names, other areas, its dates moved and its numbers redrawn (see
 * corpus/rewrite.ts). Whole articles, in the mix of formats the fixtures
 * have. Items have the JSON Lines input shape (src/load/jsonl.ts).
 */
import { seededRandom } from "./corpus/random.ts";
import { TemplateRewriter } from "./corpus/rewrite.ts";
import { loadTemplates } from "./corpus/templates.ts";
import { loadVocabulary } from "./corpus/vocabulary.ts";

export interface CorpusItem {
  id: string;
  text?: string;
  html?: string;
  title?: string;
  published?: string;
  url?: string;
}

export interface CorpusOptions {
  articles: number;
  /** Same seed, same corpus. */
  seed?: number;
}

export const DEFAULT_SEED = 7;

/** The corpus one item at a time, so a file of any size can be written with flat memory. */
export async function* corpusItems({ articles, seed = DEFAULT_SEED }: CorpusOptions): AsyncGenerator<CorpusItem> {
  const vocabulary = await loadVocabulary();
  const templates = loadTemplates().map((t) => ({ template: t, rewriter: new TemplateRewriter(t, vocabulary) }));
  const random = seededRandom(seed);
  const width = String(articles).length;
  for (let i = 0; i < articles; i++) {
    const { template, rewriter } = random.pick(templates);
    const article = rewriter.rewrite(random);
    const item: CorpusItem = { id: `bench-${seed}-${String(i).padStart(width, "0")}-${template.name}` };
    if (template.format === "html") item.html = article.content;
    else item.text = article.content;
    if (article.title !== undefined) item.title = article.title;
    if (article.published !== undefined) item.published = article.published;
    if (template.url !== undefined) item.url = template.url;
    yield item;
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** An item as a saved news page: its own HTML, or its text as paragraphs under its title, with its publication date as a meta tag. */
export function corpusPage(item: CorpusItem): string {
  if (item.html !== undefined) return item.html;
  const meta = item.published === undefined ? "" : `<meta property="article:published_time" content="${escapeHtml(item.published)}">`;
  const paragraphs = (item.text ?? "")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join("\n");
  return `<!doctype html>\n<html><head><title>${escapeHtml(item.title ?? "")}</title>${meta}</head>\n<body><article><h1>${escapeHtml(item.title ?? "")}</h1>\n${paragraphs}\n</article></body></html>\n`;
}

export async function generateCorpus(options: CorpusOptions): Promise<CorpusItem[]> {
  const items: CorpusItem[] = [];
  for await (const item of corpusItems(options)) items.push(item);
  return items;
}
