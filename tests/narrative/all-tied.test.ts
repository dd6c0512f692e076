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
    expect(text['segment-growth']).toContain(`Every segment by type grows at a CAGR of 9.5% over ${model.baseYear}–${model.forecastTo}, against 9.5% for the market as a whole.`);
    expect(text.findings).toContain('By type, Hospitals is the largest segment (46.0% in 2023); every segment grows at the same rate (CAGR 9.5%).');
    expect(text.faq).toContain('By type: Hospitals is the largest (46.0% in 2023); every segment grows at the same rate (CAGR 9.5%).');
  });
});
