// A bar's value label sits on a rectangle of the background colour, so a grid
// line at the label's height stops at its edges ("9.5%" on the 10% line of
// the default report's growth chart). The rectangle must cover the label and
// hide nothing a reader needs: it is drawn under the bars, and no other text
// is under it. The sweep (tests/sweep) runs the same check on generated catalogues.
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer } from '../../src/charts/index.js';
import type { Model } from '../../src/types.js';
import { defaultModel, generatedModel, stressModel } from './fixtures.js';
import { backdropProblems, layoutText, valueLabels } from './scene.js';

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

  it('every value label lies on a backdrop drawn before the bars, over no other text', async () => {
    let labelled = 0;
    for (const figure of chartCatalogue(makeModel())) {
      const layout = await layoutText(figure.spec);
      labelled += valueLabels(layout).length;
      expect(backdropProblems(layout), figure.id).toEqual([]);
    }
    expect(labelled).toBeGreaterThan(20);
  });
});

describe('the backdrop check itself', () => {
  it('finds a bare label, a backdrop drawn after a bar and one over other text', () => {
    const box = (x1: number, y1: number, x2: number, y2: number, text = '', order?: number) => ({ text, role: 'mark', x1, y1, x2, y2, order });
    const label = box(10, 10, 30, 20, '9.5%');
    const bar = box(0, 30, 40, 100, '', 0);
    const axisLabel = { ...box(32, 10, 60, 20, '10.0%'), role: 'axis-label' };
    expect(backdropProblems({ width: 100, height: 100, boxes: [label], bars: [bar], backdrops: [] })).toEqual([
      'label on no backdrop: 9.5% [10.0,10.0 - 30.0,20.0]',
    ]);
    const late = box(9, 9, 31, 21, '', 1);
    expect(backdropProblems({ width: 100, height: 100, boxes: [label], bars: [bar], backdrops: [late] })).toEqual([
      'backdrop drawn after a bar: backdrop [9.0,9.0 - 31.0,21.0]',
    ]);
    const wide = box(9, 9, 40, 21, '', -1);
    expect(backdropProblems({ width: 100, height: 100, boxes: [label, axisLabel], bars: [bar], backdrops: [wide] })).toEqual([
      'backdrop [9.0,9.0 - 40.0,21.0] over 10.0% [32.0,10.0 - 60.0,20.0]',
    ]);
  });
});
