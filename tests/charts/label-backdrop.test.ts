// A bar's value label sits on a rectangle of the background colour, so a grid
// line at the label's height stops at its edges ("9.5%" on the 10% line of
// the default report's growth chart). The rectangle must cover the label and
// hide nothing a reader needs: it is drawn under the bars, and no other text
// is under it.
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer } from '../../src/charts/index.js';
import type { Model } from '../../src/types.js';
import { defaultModel, generatedModel, stressModel } from './fixtures.js';
import { layoutText, type TextBox } from './scene.js';

// A figure printed on a bar: digits with group and decimal marks, a sign, a percent sign.
const VALUE_LABEL = /^[-+\u2212]?[\d.,\u00a0\u202f ']+%?$/;
const TOLERANCE = 0.5;

const inside = (inner: TextBox, outer: TextBox) =>
  inner.x1 >= outer.x1 - TOLERANCE && inner.x2 <= outer.x2 + TOLERANCE && inner.y1 >= outer.y1 - TOLERANCE && inner.y2 <= outer.y2 + TOLERANCE;
const meet = (a: TextBox, b: TextBox) =>
  Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > TOLERANCE && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > TOLERANCE;
const show = (b: TextBox) => `${b.text || 'box'} [${b.x1.toFixed(1)},${b.y1.toFixed(1)} - ${b.x2.toFixed(1)},${b.y2.toFixed(1)}]`;

const cases: [string, () => Model][] = [
  ['default', defaultModel],
  ['stress (de-DE, negative year, 14 segments)', stressModel],
  ['generated 17-8 (six-figure values)', () => generatedModel(17, 8)],
  ['generated 17-21 (shrinking segments)', () => generatedModel(17, 21)],
  ['generated 203-3 (regional data, a falling segment)', () => generatedModel(203, 3)],
  ['generated 203-6 (growth within ±0.6%)', () => generatedModel(203, 6)],
];

describe.each(cases)('value-label backdrops: %s', (_name, makeModel) => {
  beforeAll(() => {
    createChartRenderer(); // installs the Roboto text measurement
  });

  it('every value label lies on a backdrop, and every backdrop is under a label', async () => {
    let labelled = 0;
    for (const figure of chartCatalogue(makeModel())) {
      const { boxes, backdrops } = await layoutText(figure.spec);
      const labels = boxes.filter((b) => b.role === 'mark' && VALUE_LABEL.test(b.text));
      labelled += labels.length;
      const bare = labels.filter((label) => !backdrops.some((d) => inside(label, d)));
      expect(bare.map(show), figure.id).toEqual([]);
      const unused = backdrops.filter((d) => !labels.some((label) => inside(label, d)));
      expect(unused.map(show), figure.id).toEqual([]);
    }
    expect(labelled).toBeGreaterThan(20);
  });

  it('backdrops are drawn before every bar and hide no other text', async () => {
    for (const figure of chartCatalogue(makeModel())) {
      const { boxes, bars, backdrops } = await layoutText(figure.spec);
      // Drawn first, a wide label's backdrop cannot cut a notch out of a taller neighbouring bar.
      const firstBar = Math.min(...bars.map((b) => b.order!));
      expect(backdrops.filter((d) => d.order! > firstBar).map(show), figure.id).toEqual([]);
      for (const d of backdrops) {
        const hidden = boxes.filter((b) => meet(b, d) && !inside(b, d));
        expect(hidden.map(show), `${figure.id}: backdrop ${show(d)}`).toEqual([]);
      }
    }
  });
});
