// Chart SVG -> markup that can sit inline in the excerpt page. Two things
// change: the root scales with its container (viewBox kept, width 100%, no
// fixed height), and every id gets a per-figure prefix, because two charts
// inlined in one document share one id namespace and Vega numbers its clip
// paths and gradients from 1 in every SVG it writes.
//
// The result is emitted unescaped (a Handlebars SafeString), the one place in
// the page where markup is not escaped. That is safe because the SVG comes
// from our own chart renderer, whose serialiser escapes every text and
// attribute value; assertInert below re-checks that no script, event handler,
// embedded document or external reference slipped in, so a bug there fails
// the build instead of shipping active content.

const ROOT = /^\s*<svg\b([^>]*)>/;
const FORBIDDEN_ELEMENT = /^<\s*(script|foreignObject|iframe|object|embed|image|style|a)\b/i;
const EVENT_ATTRIBUTE = /\son[a-z]+\s*=/i;
// Any href other than a same-document fragment ("#clip1").
const EXTERNAL_HREF = /\shref\s*=\s*"(?!#)/i;
const EXTERNAL_URL = /url\(\s*['"]?(?!#)/i;

export interface InlineSvgOptions {
  /** Prefix for every id of this SVG; unique within the page ("fig-market-size"). */
  readonly idPrefix: string;
  /** Id of the element that names the chart (its figcaption): the SVG is one image to assistive technology. */
  readonly labelledBy: string;
}

export function inlineSvg(svg: string, options: InlineSvgOptions): string {
  const root = ROOT.exec(svg);
  if (!root) throw new Error('excerpt: chart markup does not start with an <svg> element');
  assertInert(svg);
  const attrs = root[1]!;
  const width = attribute(attrs, 'width');
  const height = attribute(attrs, 'height');
  const viewBox = attribute(attrs, 'viewBox') ?? (width && height ? `0 0 ${width} ${height}` : undefined);
  if (!viewBox) throw new Error('excerpt: chart SVG has neither a viewBox nor a width and height');
  const kept = attrs
    .replace(/\s(width|height|viewBox)="[^"]*"/g, '')
    .trim();
  // role="img" makes the chart one image named by its caption; the marks inside
  // are then presentational, rather than unnamed "graphics-symbol"s.
  const newRoot = `<svg ${kept} viewBox="${viewBox}" width="100%" preserveAspectRatio="xMidYMid meet" focusable="false" role="img" aria-labelledby="${escapeAttribute(options.labelledBy)}">`;
  return prefixIds(newRoot + svg.slice(root[0].length), options.idPrefix).trim();
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
}

/**
 * Renames id="x" to id="<prefix>-x" and every reference to it (url(#x),
 * href="#x"), inside tags only: text content is left as the chart wrote it.
 */
export function prefixIds(svg: string, prefix: string): string {
  const tags = [...svg.matchAll(/<[^>]*>/g)].map((m) => m[0]);
  const ids = new Set(tags.flatMap((tag) => [...tag.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  if (ids.size === 0) return svg;
  const rename = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  return svg.replace(/<[^>]*>/g, (tag) =>
    tag
      .replace(/(\sid=")([^"]+)(")/g, (_, a: string, id: string, b: string) => a + rename(id) + b)
      .replace(/url\(#([^)\s'"]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
      .replace(/(href=")#([^"]+)(")/g, (_, a: string, id: string, b: string) => `${a}#${rename(id)}${b}`),
  );
}

/**
 * Checks the tags only: text content (a segment named "onerror=...") is
 * escaped by the serialiser, so every "<" in the markup opens a real tag.
 */
export function assertInert(svg: string): void {
  for (const [tag] of svg.matchAll(/<[^>]*>/g)) {
    const problem = tagProblem(tag);
    if (problem) throw new Error(`excerpt: chart SVG contains ${problem}; refusing to inline it`);
  }
}

function tagProblem(tag: string): string | undefined {
  if (FORBIDDEN_ELEMENT.test(tag)) return 'an element that can run or load content';
  // Attribute names outside quoted values; an aria-label may quote anything.
  const names = tag.replace(/"[^"]*"|'[^']*'/g, '""');
  if (EVENT_ATTRIBUTE.test(names)) return 'an event-handler attribute';
  if (EXTERNAL_HREF.test(tag) || EXTERNAL_URL.test(tag)) return 'a reference outside the document';
  return undefined;
}
