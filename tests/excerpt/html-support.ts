// Helpers for the web excerpt tests: render a dataset's page, parse it with a
// real HTML parser (collecting its parse errors), and walk the tree.
import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5';
import { createChartRenderer, type ChartRenderer } from '../../src/charts/index.js';
import { renderExcerptHtml, type ExcerptHtmlContext } from '../../src/excerpt/html/index.js';
import { buildModel } from '../../src/forecast/index.js';
import type { Dataset, Model } from '../../src/types.js';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type Document = DefaultTreeAdapterMap['document'];

let sharedRenderer: ChartRenderer | undefined;
/** One chart renderer for the test file (it caches SVGs by spec). */
export function charts(): ChartRenderer {
  sharedRenderer ??= createChartRenderer();
  return sharedRenderer;
}

export interface RenderedPage {
  readonly model: Model;
  readonly html: string;
  readonly doc: Document;
  readonly errors: readonly ParserError[];
}

export async function renderPage(dataset: Dataset, options: Partial<ExcerptHtmlContext> = {}): Promise<RenderedPage> {
  const model = buildModel(dataset);
  const html = await renderExcerptHtml(model, { charts: charts(), ...options });
  return { model, html, ...parseHtml(html) };
}

export function parseHtml(html: string): { doc: Document; errors: ParserError[] } {
  const errors: ParserError[] = [];
  const doc = parse(html, { onParseError: (e) => errors.push(e) });
  return { doc, errors };
}

function childrenOf(node: Node): Node[] {
  const withChildren = node as { childNodes?: Node[]; content?: { childNodes: Node[] } };
  return [...(withChildren.childNodes ?? []), ...(withChildren.content?.childNodes ?? [])];
}

export function elements(node: Node): Element[] {
  const out: Element[] = [];
  const visit = (n: Node) => {
    if ('tagName' in n) out.push(n as Element);
    childrenOf(n).forEach(visit);
  };
  visit(node);
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** The text a reader sees: text nodes outside <style>, <script> and <svg>, with whitespace collapsed. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterMap['textNode']).value);
    if ('tagName' in n && ['style', 'script', 'svg'].includes((n as Element).tagName)) return;
    childrenOf(n).forEach(visit);
  };
  visit(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export function byId(doc: Document, id: string): Element {
  const el = elements(doc).find((e) => attr(e, 'id') === id);
  if (!el) throw new Error(`no element #${id}`);
  return el;
}

export function byAttr(doc: Document, name: string, value?: string): Element[] {
  return elements(doc).filter((e) => (value === undefined ? attr(e, name) !== undefined : attr(e, name) === value));
}
