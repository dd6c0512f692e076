// inlineSvg: chart SVG made responsive, with ids that cannot clash when two
// charts share one page, and refused when it could run or load anything.
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/charts/render-svg.js';
import { createTextMeasurer, installTextMetrics } from '../../src/charts/text-metrics.js';
import { assertInert, inlineSvg } from '../../src/excerpt/html/inline-svg.js';
import { attr, elements, parseHtml } from './html-support.js';

const CLIPPED =
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" class="marks" width="400" height="200">' +
  '<defs><clipPath id="clip1"><rect width="10" height="10"/></clipPath><linearGradient id="g1"/></defs>' +
  '<g clip-path="url(#clip1)"><rect fill="url(#g1)"/><use xlink:href="#clip1"/><use href="#g1"/></g>' +
  '<text>a segment named url(#clip1) id="clip1"</text></svg>';

const tagsOf = (svg: string) => (svg.match(/<[^>]*>/g) ?? []).join(' ');
function ids(svg: string): string[] {
  return [...tagsOf(svg).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}
function refs(svg: string): string[] {
  return [...tagsOf(svg).matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
}

describe('inlineSvg', () => {
  it('scales with its container: viewBox from the size, width 100%, no fixed height', () => {
    const out = inlineSvg(CLIPPED, { idPrefix: 'fig-a', labelledBy: 'fig-a-caption' });
    const root = /^<svg[^>]*>/.exec(out)![0];
    expect(root).toContain('viewBox="0 0 400 200"');
    expect(root).toContain('width="100%"');
    expect(root).not.toMatch(/\sheight=/);
    expect(root).toContain('class="marks"');
  });

  it('keeps an existing viewBox', () => {
    const out = inlineSvg('<svg width="490" height="269" viewBox="0 0 490 269"><g/></svg>', { idPrefix: 'p', labelledBy: 'p-caption' });
    expect(out.match(/viewBox=/g)).toHaveLength(1);
    expect(out).toContain('viewBox="0 0 490 269"');
  });

  it('prefixes every id and every reference to it, so two copies never clash', () => {
    const a = inlineSvg(CLIPPED, { idPrefix: 'fig-a', labelledBy: 'fig-a-caption' });
    const b = inlineSvg(CLIPPED, { idPrefix: 'fig-b', labelledBy: 'fig-b-caption' });
    expect(ids(a)).toEqual(['fig-a-clip1', 'fig-a-g1']);
    expect(ids(b)).toEqual(['fig-b-clip1', 'fig-b-g1']);
    for (const [svg, prefix] of [[a, 'fig-a'], [b, 'fig-b']] as const) {
      const r = refs(svg);
      expect(r).toHaveLength(4);
      for (const ref of r) expect(ids(svg)).toContain(ref);
      expect(r.every((x) => x.startsWith(`${prefix}-`))).toBe(true);
    }
    // Text is not markup: a segment name that looks like a reference stays as written.
    expect(a).toContain('<text>a segment named url(#clip1) id="clip1"</text>');
    // Both copies in one page: every id unique, the HTML parser is happy.
    const { doc, errors } = parseHtml(`<!doctype html><html lang="en"><head><title>t</title></head><body>${a}${b}</body></html>`);
    expect(errors).toEqual([]);
    const all = elements(doc).map((e) => attr(e, 'id')).filter(Boolean);
    expect(new Set(all).size).toBe(all.length);
  });

  it('prefixes the clip paths Vega writes for a clipped mark', async () => {
    installTextMetrics(createTextMeasurer());
    const spec = {
      width: 100,
      height: 50,
      data: { values: [{ x: 'a', y: 1 }, { x: 'b', y: 3 }] },
      mark: { type: 'bar', clip: true },
      encoding: { x: { field: 'x', type: 'nominal' }, y: { field: 'y', type: 'quantitative', scale: { domain: [0, 2] } } },
    };
    const { svg } = await renderSvg(spec);
    expect(ids(svg).length).toBeGreaterThan(0); // the case this guards against is real
    const out = inlineSvg(svg, { idPrefix: 'fig-x', labelledBy: 'fig-x-caption' });
    expect(ids(out).every((id) => id.startsWith('fig-x-'))).toBe(true);
    for (const ref of refs(out)) expect(ids(out)).toContain(ref);
  });

  it('refuses markup that could run or load something', () => {
    const wrap = (inner: string) => `<svg width="1" height="1">${inner}</svg>`;
    for (const bad of [
      '<script>alert(1)</script>',
      '<foreignObject><div/></foreignObject>',
      '<image href="https://example.com/x.png"/>',
      '<a href="https://example.com"><text>x</text></a>',
      '<rect onclick="alert(1)"/>',
      '<use href="https://example.com/s.svg#x"/>',
      '<rect fill="url(https://example.com/p.svg#g)"/>',
      '<style>@import url(x)</style>',
    ]) {
      expect(() => inlineSvg(wrap(bad), { idPrefix: 'p', labelledBy: 'p-caption' }), bad).toThrow(/refusing to inline/);
    }
  });

  it('accepts escaped text that merely mentions such things', () => {
    expect(() =>
      assertInert('<svg><text aria-label="x onclick=1 href=&quot;https://e&quot;">&lt;script&gt; onload=alert(1) url(https://e)</text></svg>'),
    ).not.toThrow();
  });

  it('refuses something that is not an SVG', () => {
    expect(() => inlineSvg('<div>no</div>', { idPrefix: 'p', labelledBy: 'p-caption' })).toThrow(/does not start with an <svg>/);
    expect(() => inlineSvg('<svg><g/></svg>', { idPrefix: 'p', labelledBy: 'p-caption' })).toThrow(/neither a viewBox/);
  });
});
