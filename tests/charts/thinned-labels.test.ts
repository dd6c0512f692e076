// When value labels are too wide to sit over every bar, the chart labels
// every n-th year; the base year (the last reported figure) and the last
// forecast year, the two figures the prose quotes most, must stay labelled.
import { beforeAll, describe, expect, it } from 'vitest';
import { chartCatalogue, createChartRenderer } from '../../src/charts/index.js';
import { createFormatter } from '../../src/format/index.js';
import { generatedModel } from './fixtures.js';
import { layoutText } from './scene.js';

describe('thinned value labels', () => {
  beforeAll(() => {
    createChartRenderer(); // installs the Roboto text measurement
  });

  it('keep the base year and the last year labelled on the market-size chart', async () => {
    // 2015-2028, base year 2021: six-figure labels fit over every other bar,
    // and counting back in twos from 2028 would skip 2021.
    const model = generatedModel(17, 8);
    const fmt = createFormatter(model);
    const figure = chartCatalogue(model).find((f) => f.id === 'market-size')!;
    const { boxes } = await layoutText(figure.spec);
    const valueAt = (year: number) => fmt.value(model.market.series.find((p) => p.year === year)!.value);
    const texts = boxes.map((b) => b.text);
    expect(texts).toContain(valueAt(model.baseYear));
    expect(texts).toContain(valueAt(model.forecastTo));
    // Thinned indeed: some years carry no label.
    const labelled = model.market.series.filter((p) => texts.includes(fmt.value(p.value)));
    expect(labelled.length).toBeLessThan(model.market.series.length);
    expect(labelled.length).toBeGreaterThanOrEqual(model.market.series.length / 2 - 1);
  });
});
