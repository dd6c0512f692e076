// Where a redacted chart says its held-back figures are. The web page is not a
// sample (it prints the headline forecast above its chart), so its charts
// point to the full report; the sample PDF's charts keep "held back in this
// sample". Both share the chart specs: the chart context says which it draws for.
import { describe, expect, it } from 'vitest';
import { chartCatalogue } from '../../src/charts/index.js';
import { buildModel } from '../../src/forecast/index.js';
import { defaultDataset } from '../fixtures.js';
import { svgTexts } from '../charts/scene.js';
import { charts, renderPage } from './html-support.js';

const SAMPLE_NOTE = 'held back in this sample';
const PAGE_NOTE = 'in the full report';

describe('the held-back note of a redacted chart', () => {
  it('on the web page points to the full report and never calls the page a sample', async () => {
    const { html } = await renderPage(defaultDataset());
    const svgs = [...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(2);
    // The market size chart has ghost bars for the forecast years, and their note.
    const texts = svgs.flatMap(svgTexts);
    expect(texts).toContain(PAGE_NOTE);
    expect(texts.filter((t) => /sample/i.test(t))).toEqual([]);
  });

  it('in the sample PDF keeps saying the figures are held back in this sample', async () => {
    const model = buildModel(defaultDataset());
    const sampleTexts = await Promise.all(
      chartCatalogue(model, { redact: true, deliverable: 'sample' }).map(async (f) => svgTexts((await charts().svg(f)).svg)),
    );
    // Market size, growth, scenarios, and each segmentation's value and CAGR charts.
    expect(sampleTexts.filter((t) => t.includes(SAMPLE_NOTE)).length).toBeGreaterThanOrEqual(5);
    expect(sampleTexts.flat()).not.toContain(PAGE_NOTE);
  });
});
