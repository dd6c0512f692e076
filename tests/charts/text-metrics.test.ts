// Vega must measure text with the font resvg and the PDF draw: Roboto from
// node_modules, through fontkit, instead of its 0.8 x fontSize-per-character guess.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as vega from 'vega';
import { beforeAll, describe, expect, it } from 'vitest';
import { createChartRenderer } from '../../src/charts/index.js';
import { robotoFiles } from '../../src/charts/fonts.js';
import { loadResvg, pngOptions } from '../../src/charts/render-png.js';
import { createTextMeasurer, type TextMeasurer } from '../../src/charts/text-metrics.js';

interface Font {
  unitsPerEm: number;
  layout(s: string): { glyphs: { advanceWidth: number; bbox: { minX: number; maxX: number } }[]; positions: { xAdvance: number }[] };
}
const fontkit = createRequire(import.meta.url)('fontkit') as { create(b: Buffer): Font };

const LONG_LABEL = 'Medical Second Opinion Providing Companies, Tier 2 (AVAST Wave Yield)';

describe('text metrics', () => {
  let measurer: TextMeasurer;
  let regular: Font;
  beforeAll(() => {
    measurer = createTextMeasurer();
    regular = fontkit.create(readFileSync(robotoFiles().regular));
  });

  it("a long label's width is the sum of Roboto's advance widths (kerning applied, as resvg and pdfkit shape it)", () => {
    const size = 9;
    const run = regular.layout(LONG_LABEL);
    const advances = run.positions.reduce((sum, p) => sum + p.xAdvance, 0);
    expect(measurer.width(LONG_LABEL, size)).toBeCloseTo((advances * size) / regular.unitsPerEm, 9);
    // Kerning only nudges the plain hmtx advances; the label still is the sum of its glyphs.
    const plain = run.glyphs.reduce((sum, g) => sum + g.advanceWidth, 0);
    expect(Math.abs(advances - plain) / plain).toBeLessThan(0.03);
    // And it is far from Vega's estimate, which is what made labels clip or overlap.
    const estimate = 0.8 * LONG_LABEL.length * size;
    expect(Math.abs(estimate - measurer.width(LONG_LABEL, size))).toBeGreaterThan(60);
  });

  it('bold text is measured with Roboto Medium (the PDF\'s bold), italic with the upright face resvg slants', () => {
    const size = 10;
    const plain = measurer.itemWidth({ fontSize: size }, LONG_LABEL);
    const bold = measurer.itemWidth({ fontSize: size, fontWeight: 'bold' }, LONG_LABEL);
    const medium = fontkit.create(readFileSync(robotoFiles().medium));
    expect(bold).toBeCloseTo((medium.layout(LONG_LABEL).positions.reduce((s, p) => s + p.xAdvance, 0) * size) / medium.unitsPerEm, 9);
    expect(bold).toBeGreaterThan(plain);
    expect(measurer.itemWidth({ fontSize: size, fontStyle: 'italic' } as object, LONG_LABEL)).toBe(plain);
  });

  it('Vega measures with it once a renderer exists', () => {
    createChartRenderer();
    const metrics = (vega as unknown as { textMetrics: { width(item: object, text: string): number } }).textMetrics;
    expect(metrics.width({ fontSize: 9 }, LONG_LABEL)).toBe(measurer.width(LONG_LABEL, 9));
  });

  it('matches what resvg draws, kerning included: ink width = measured advance minus the outer side bearings', async () => {
    const Resvg = await loadResvg();
    const size = 12;
    for (const label of [LONG_LABEL, 'AVAVAVAV']) {
      const measured = measurer.width(label, size);
      const glyphs = regular.layout(label).glyphs;
      const first = glyphs[0]!;
      const last = glyphs[glyphs.length - 1]!;
      const bearings = ((first.bbox.minX + (last.advanceWidth - last.bbox.maxX)) * size) / regular.unitsPerEm;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="40"><text x="10" y="25" font-family="Roboto" font-size="${size}">${label}</text></svg>`;
      const tree = new Resvg(svg, { ...pngOptions(measurer.fontBytes), fitTo: { mode: 'original' } });
      const bbox = tree.getBBox();
      expect(bbox).toBeDefined();
      expect(bbox!.width).toBeCloseTo(measured - bearings, 2);
      bbox!.free();
      tree.free();
    }
  });
});
