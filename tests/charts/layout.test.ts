// What a reader would check by eye, checked on the laid-out scene: no text
// collides with other text, none leaves the figure, every character has a
// glyph in Roboto, and vega-lite accepted every spec without a warning.
// Run on the default dataset and on a synthetic one with long names, 14
// segments, 24 years, a negative year and another locale.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer } from '../../src/charts/index.js';
import { robotoFiles } from '../../src/charts/fonts.js';
import { renderSvg } from '../../src/charts/render-svg.js';
import type { Model } from '../../src/types.js';
import { defaultModel, generatedModel, stressModel } from './fixtures.js';
import { layoutText, overlaps, svgTexts } from './scene.js';

const fontkit = createRequire(import.meta.url)('fontkit') as { create(b: Buffer): { hasGlyphForCodePoint(c: number): boolean } };

const cases: [string, () => Model, boolean][] = [
  ['default', defaultModel, false],
  ['default, redacted', defaultModel, true],
  ['stress', stressModel, false],
  ['stress, redacted', stressModel, true],
  ['generated 17-8 (six-figure values)', () => generatedModel(17, 8), false],
  ['generated 17-21 (shrinking segments)', () => generatedModel(17, 21), false],
  ['generated 91-25 (forecast falls just short of a tick)', () => generatedModel(91, 25), false],
];

describe.each(cases)('chart layout: %s', (_name, makeModel, redact) => {
  beforeAll(() => {
    createChartRenderer(); // installs the Roboto text measurement
  });

  it('no text overlaps other text and all text lies inside the figure', async () => {
    for (const figure of chartCatalogue(makeModel(), { redact })) {
      const { width, height, boxes } = await layoutText(figure.spec);
      expect(boxes.length, figure.id).toBeGreaterThan(3);
      const collisions = overlaps(boxes).map(([a, b]) => `${a.role} "${a.text}" x ${b.role} "${b.text}"`);
      expect(collisions, figure.id).toEqual([]);
      const outside = boxes.filter((b) => b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > width + 0.5 || b.y2 > height + 0.5);
      expect(outside.map((b) => b.text), figure.id).toEqual([]);
    }
  });

  it('names of horizontal bars sit centred on their bars and leave the plot most of the width', async () => {
    const barCharts = chartCatalogue(makeModel(), { redact }).filter((f) => /^(segment-share|segment-cagr|company-share|regional-balance)/.test(f.id));
    expect(barCharts.length).toBeGreaterThan(2);
    const middle = (b: { y1: number; y2: number }) => (b.y1 + b.y2) / 2;
    const byY = (a: { y1: number }, b: { y1: number }) => a.y1 - b.y1;
    for (const figure of barCharts) {
      const { width, boxes, bars } = await layoutText(figure.spec);
      const plotLeft = Math.min(...bars.map((b) => b.x1));
      expect(plotLeft, figure.id).toBeLessThan(width * 0.45);
      // The category axis's labels: left of the bars and above the value axis under them.
      const plotBottom = Math.max(...bars.map((b) => b.y2));
      const names = boxes.filter((b) => b.role === 'axis-label' && b.x2 <= plotLeft + 0.5 && middle(b) < plotBottom).sort(byY);
      // One bar a name, or a group of bars a name (a region's production and consumption).
      const perName = bars.length / names.length;
      expect(Number.isInteger(perName) && perName >= 1, `${figure.id}: ${bars.length} bars, ${names.length} names`).toBe(true);
      const ordered = [...bars].sort(byY);
      names.forEach((name, i) => {
        const group = ordered.slice(i * perName, (i + 1) * perName);
        const groupMiddle = (Math.min(...group.map((b) => b.y1)) + Math.max(...group.map((b) => b.y2))) / 2;
        expect(Math.abs(groupMiddle - middle(name)), `${figure.id}: "${name.text}"`).toBeLessThan(2);
      });
    }
  });

  it('compiles without vega-lite warnings, every glyph exists in Roboto, and the source line is on every chart', async () => {
    const model = makeModel();
    const font = fontkit.create(readFileSync(robotoFiles().regular));
    for (const figure of chartCatalogue(model, { redact })) {
      const { svg, warnings, width } = await renderSvg(figure.spec);
      expect(warnings, figure.id).toEqual([]);
      expect(width).toBeLessThanOrEqual(500);
      const texts = svgTexts(svg);
      const missing = [...new Set(texts.join(''))].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
      expect(missing, figure.id).toEqual([]);
      expect(texts, figure.id).toContain(`Source: ${model.dataset.publisher.name}, ${model.publishedYear}`);
    }
  });
});

describe('the layout checks themselves', () => {
  it('catch colliding and escaping text', async () => {
    createChartRenderer();
    const spec = {
      width: 200,
      height: 100,
      // No autosize: the figure does not grow to take in the escaping label.
      autosize: { type: 'none' },
      data: { values: [{ t: 'Medical Second Opinion' }, { t: 'Providing Companies' }] },
      layer: [
        { mark: { type: 'text', x: 20, y: 50, align: 'left' }, encoding: { text: { field: 't' } } },
        { data: { values: [{}] }, mark: { type: 'text', x: 190, y: 10, align: 'left', text: 'escapes to the right' } },
      ],
    };
    const { width, boxes } = await layoutText(spec);
    expect(overlaps(boxes)).toHaveLength(1);
    expect(boxes.some((b) => b.x2 > width)).toBe(true);
  });
});
