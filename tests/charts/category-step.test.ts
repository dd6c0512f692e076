// The band step of horizontal bars: room for every wrapped name, and no more
// than the names need, so one long name does not make every bar tall.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChartContext } from '../../src/charts/context.js';
import { CATEGORY_PADDING, categoryStep, labelLines } from '../../src/charts/spec-base.js';
import { defaultModel } from './fixtures.js';

const ctx = createChartContext(defaultModel(), false);
const { barStep, wrappedBarStep } = ctx.theme;
const { height, gap } = labelLines(ctx);
const labels = (counts: readonly number[]) => counts.map((n) => Array.from({ length: n }, (_, i) => `line ${i}`));
// How far a band's middle lies from the plot's edge, in steps.
const edge = CATEGORY_PADDING.paddingOuter + (1 - CATEGORY_PADDING.paddingInner) / 2;

describe('categoryStep', () => {
  it('keeps the one-line and two-line steps', () => {
    expect(categoryStep(ctx, labels([1, 1, 1]))).toBe(barStep);
    expect(categoryStep(ctx, labels([1, 2, 1]))).toBe(wrappedBarStep);
    expect(categoryStep(ctx, labels([2, 2]))).toBe(wrappedBarStep);
  });

  it('grows for one long name less than for a chart of long names', () => {
    const one = categoryStep(ctx, labels([1, 1, 5, 1, 1]));
    const all = categoryStep(ctx, labels([5, 5, 5, 5, 5]));
    expect(one).toBeLessThan(all);
    expect(all).toBe(5 * height + gap);
  });

  it('gives neighbours room for half of each and keeps the end labels inside the plot, with at most a pixel to spare', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 20 }), (counts) => {
        const step = categoryStep(ctx, labels(counts));
        const needs = [counts.some((n) => n > 1) ? wrappedBarStep : barStep];
        for (let i = 0; i + 1 < counts.length; i++) needs.push(((counts[i]! + counts[i + 1]!) / 2) * height + gap);
        if (counts.some((n) => n > 1)) for (const n of [counts[0]!, counts.at(-1)!]) needs.push(((n * height) / 2 + gap / 2) / edge);
        for (const need of needs) expect(step).toBeGreaterThanOrEqual(need);
        expect(step).toBeLessThan(Math.max(...needs) + 1);
      }),
    );
  });
});
