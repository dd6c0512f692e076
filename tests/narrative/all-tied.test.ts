// Every segment's CAGR prints alike while their shares still move a little
// (733-6 by sales channel: both channels at 14.8%, shares 57.9% to 58.0%):
// none of them "grows fastest", and the prose says every segment grows at
// that rate instead of listing all of them as the leaders.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { renderedNarrative as report } from './rendered.js';

/** The default dataset with its three type segments at rates that all print 9.5%, though shares move. */
function allTiedDataset(): Dataset {
  const d = defaultDataset() as any;
  [0.0954, 0.0946, 0.095].forEach((rate, i) => (d.segmentations[0].segments[i].cagr = rate));
  return d as Dataset;
}

describe('segments all tied for the fastest growth', () => {
  it('are not all named as growing fastest', async () => {
    const { text } = await report(allTiedDataset());
    const names = 'Hospitals, Medical Second Opinion Providing Companies, and Health Insurance Companies';
    expect(text['segment-summary']).not.toContain(`${names} are expected to grow fastest`);
    expect(text['segment-growth']).not.toContain(`${names} grow fastest`);
    expect(text.findings).not.toContain(`${names} grow fastest`);
  });

  it('say that every segment grows at the same rate', async () => {
    const { model, text } = await report(allTiedDataset());
    expect(text['segment-summary']).toContain(`Every segment is expected to grow at a CAGR of 9.5% over ${model.baseYear}–${model.forecastTo}.`);
    // The market prints 9.5% too: the sentence does not set the rate against itself.
    expect(text['segment-growth']).toContain(`Every segment by type grows at the market's own rate, a CAGR of 9.5% over ${model.baseYear}–${model.forecastTo}.`);
    expect(text['segment-growth']).not.toMatch(/CAGR of 9\.5% over \S+, against 9\.5% for the market/);
    expect(text.findings).toContain('By type, Hospitals is the largest segment (46.0% in 2023); every segment grows at the same rate (CAGR 9.5%).');
    expect(text.faq).toContain('By type: Hospitals is the largest (46.0% in 2023); every segment grows at the same rate (CAGR 9.5%).');
  });
});

/** The application segments, "Others" included, at rates that all print `rate`; the market's own rate is `market`. */
function allTiedWithRemainder(rates: number[], market?: number): Dataset {
  const d = defaultDataset() as any;
  if (market !== undefined) d.market.forecast = { method: 'cagr', cagr: market };
  const app = d.segmentations.find((s: { id: string }) => s.id === 'application');
  rates.forEach((rate, i) => (app.segments[i].cagr = rate));
  return d as Dataset;
}

describe('named segments and the remainder all tied at one printed rate', () => {
  it('are not "the fastest": every segment grows at that rate', async () => {
    const { model, text } = await report(allTiedWithRemainder([0.0954, 0.0946, 0.0952, 0.0948, 0.0953, 0.0947]));
    expect(model.segmentations.find((s) => s.id === 'application')!.segments.at(-1)!.name).toBe('Others');
    expect(text['segment-summary']).not.toMatch(/Ocular Disorders are expected to grow fastest/);
    expect(text['segment-growth']).not.toMatch(/Ocular Disorders grow fastest/);
    expect(text['segment-growth']).toContain(`Every segment by application grows at the market's own rate, a CAGR of 9.5% over ${model.baseYear}–${model.forecastTo}.`);
    expect(text.findings).toContain('every segment grows at the same rate (CAGR 9.5%)');
  });

  it('when all shrink, do not "decline least": every segment shrinks at the market\'s own rate', async () => {
    const { model, text } = await report(allTiedWithRemainder([-0.0304, -0.0296, -0.0302, -0.0298, -0.0303, -0.0297], -0.03));
    expect(text['segment-growth']).not.toMatch(/decline least/);
    expect(text['segment-growth']).toContain(`Every segment by application shrinks at the market's own rate, by 3.0% a year over ${model.baseYear}–${model.forecastTo}.`);
    expect(text['segment-summary']).toContain(`Every segment is expected to shrink over ${model.baseYear}–${model.forecastTo}, each by 3.0% a year.`);
  });
});
