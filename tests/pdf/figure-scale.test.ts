// Every chart is set to the text width, so its labels print at the size of
// every other chart's; only a chart taller than MAX_FIGURE_HEIGHT at that
// width is shrunk, to that height. A company-share chart of eleven bars once
// printed at 0.77 of the others' size.
import { describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer, type RenderedChart } from '../../src/charts/index.js';
import { figureNode, MAX_FIGURE_HEIGHT } from '../../src/pdf/blocks/figure.js';
import { CONTENT_WIDTH, createTheme } from '../../src/pdf/theme.js';
import type { CaptionRef } from '../../src/outline/types.js';
import type { Model } from '../../src/types.js';
import { defaultModel, generatedModel, stressModel } from '../charts/fixtures.js';

const REF: CaptionRef = { number: '1.1', label: 'Figure 1.1', anchor: 'fig-1-1', caption: 'A chart' };

async function placed(model: Model): Promise<{ chart: RenderedChart; width: number; height: number }[]> {
  const renderer = createChartRenderer();
  return Promise.all(
    chartCatalogue(model).map(async (figure) => {
      const chart = await renderer.svg(figure);
      const svg = (figureNode(chart, REF, createTheme(undefined)) as { stack: { width: number; height: number }[] }).stack[0]!;
      return { chart, width: svg.width, height: svg.height };
    }),
  );
}

describe('chart size in the PDF', () => {
  it.each([
    ['the default report (ten companies and Others)', defaultModel],
    ['generated 203-0', () => generatedModel(203, 0)],
  ])('%s: every chart at the text width, labels at one size', async (_name, make) => {
    const charts = await placed(make());
    expect(charts.some((c) => c.chart.id === 'company-share')).toBe(true);
    for (const { chart, width, height } of charts) {
      expect(width, chart.id).toBeCloseTo(CONTENT_WIDTH, 6);
      expect(height, chart.id).toBeLessThanOrEqual(MAX_FIGURE_HEIGHT);
    }
  });

  it('a chart taller than the limit at the text width shrinks to the limit, keeping its proportions', async () => {
    const tall = (await placed(stressModel())).filter((c) => (c.chart.height * CONTENT_WIDTH) / c.chart.width > MAX_FIGURE_HEIGHT);
    expect(tall.length).toBeGreaterThan(0);
    for (const { chart, width, height } of tall) {
      expect(height, chart.id).toBeCloseTo(MAX_FIGURE_HEIGHT, 6);
      expect(width / height, chart.id).toBeCloseTo(chart.width / chart.height, 6);
    }
  });
});
