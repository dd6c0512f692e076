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
import { defaultModel, stressModel } from './fixtures.js';
import { layoutText, overlaps, svgTexts } from './scene.js';

const fontkit = createRequire(import.meta.url)('fontkit') as { create(b: Buffer): { hasGlyphForCodePoint(c: number): boolean } };

const cases: [string, () => Model, boolean][] = [
  ['default', defaultModel, false],
  ['default, redacted', defaultModel, true],
  ['stress', stressModel, false],
  ['stress, redacted', stressModel, true],
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
