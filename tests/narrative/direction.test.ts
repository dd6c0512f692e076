// The flags a template words a change by (falling, allFalling, noShares,
// anySurplus...) and the helpers that print a magnitude or end a sentence.
// The flags follow the figure the reader sees: a rate that prints as "0.0%"
// is not a decline.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { boundContext, createNarrative, redactedReportContext, reportContext } from '../../src/narrative/index.js';
import type { Dataset, Model } from '../../src/types.js';
import { defaultDataset, withRegionalData } from '../fixtures.js';
import { allShortRegionalDataset, decliningDataset, dipDataset, noShareDataset } from '../pdf/datasets.js';

async function render(model: Model, source: string, context: object = reportContext(model)): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'direction-'));
  writeFileSync(path.join(dir, 't.hbs'), source);
  const narrative = await createNarrative({ formatter: createFormatter(model), bundledDir: dir });
  return narrative.text('t', context);
}

describe('direction flags in the report context', () => {
  it('are all off for the growing default market', () => {
    const c = reportContext(buildModel(defaultDataset()));
    expect([c.market.falling, c.market.forecast.falling, c.market.historical.falling, c.market.full.falling, c.market.absoluteDecline]).toEqual([false, false, false, false, false]);
    expect(c.market.peakGrowth.falling).toBe(false);
    expect(c.market.lowestGrowth.falling).toBe(false);
    expect(c.market.scenarios!.low.falling).toBe(false);
    expect(c.segmentations.map((s) => s.allFalling)).toEqual(c.segmentations.map(() => false));
  });

  it('mark every figure of a shrinking market as falling, from the Model\'s signs', () => {
    const model = buildModel(decliningDataset());
    const c = reportContext(model);
    expect(model.market.cagr).toBeLessThan(0);
    expect(c.market.forecast.falling).toBe(true);
    expect(c.market.historical.falling).toBe(true);
    expect(c.market.trend!.falling).toBe(model.market.trend!.rate < 0);
    expect(c.market.absoluteDecline).toBe(model.market.absoluteGrowth < 0);
    expect(c.market.peakGrowth.falling).toBe(true);
    for (const s of c.segmentations) {
      expect(s.allFalling).toBe(s.segments.every((x) => (x.cagr as number) < 0));
      expect(s.fastest.falling).toBe(s.allFalling);
    }
  });

  it('tell a one-year dip from a falling market', () => {
    const c = reportContext(buildModel(dipDataset()));
    expect(c.market.peakGrowth.falling).toBe(false);
    expect(c.market.lowestGrowth.falling).toBe(true);
    expect(c.market.forecast.falling).toBe(false);
  });

  it('say when every year grows by the same printed rate, and the growth sentence then names no best or worst year', async () => {
    const steady = (rate: number) => {
      const d = defaultDataset() as any;
      // Years apart by a rate that prints the same each year (history rounded to the dataset's precision).
      d.market.history = d.market.history.map((p: { year: number }, i: number) => ({ year: p.year, value: 2 * (1 + rate) ** i }));
      d.market.forecast = { method: 'cagr', cagr: rate };
      delete d.market.published;
      return buildModel(d as Dataset);
    };
    const sentence = async (model: Model, sample: boolean) => {
      const ctx = sample ? redactedReportContext(model) : reportContext(model);
      const narrative = await createNarrative({ formatter: createFormatter(model) });
      return { ctx, first: narrative.text('market-growth', boundContext(ctx, {})).split('. ')[0]! };
    };
    expect(reportContext(buildModel(defaultDataset())).market.steadyGrowth).toBe(false);
    for (const rate of [0.1, -0.1]) {
      const model = steady(rate);
      const fmt = createFormatter(model);
      const full = await sentence(model, false);
      const sample = await sentence(model, true);
      expect(full.ctx.market.steadyGrowth).toBe(true);
      expect(sample.ctx.market.steadyGrowth).toBe(true);
      // The full report and the sample speak of the same actual years.
      expect(full.first).toBe(sample.first);
      expect(sample.first).toMatch(new RegExp(`^In ${model.firstYear + 1}\\D+${model.baseYear}, the market ${rate > 0 ? 'grew' : 'shrank'} by ${fmt.percent(Math.abs(rate)).replace('.', '\\.')} every year$`));
      for (const text of [full.first, sample.first]) expect(text).not.toMatch(/highest|lowest|least|most/);
    }
  });

  it('follow the printed figure: a rate that rounds to 0.0% is not a decline', () => {
    const d = defaultDataset() as any;
    d.market.forecast = { method: 'cagr', cagr: -0.0004 };
    delete d.market.published;
    const model = buildModel(d as Dataset);
    expect(model.market.rate).toBeLessThan(0);
    expect(createFormatter(model).percent(model.market.rate)).toBe('0.0%');
    expect(reportContext(model).market.falling).toBe(false);
  });

  it('say whether companies have shares, and count the undisclosed ones per tier', () => {
    const none = reportContext(buildModel(noShareDataset()));
    expect(none.companies.noShares).toBe(true);
    expect(none.companies.allWithShare).toBe(false);
    const all = reportContext(buildModel(defaultDataset()));
    expect([all.companies.noShares, all.companies.allWithShare]).toEqual([false, true]);
    expect(all.companies.tiers.every((t) => t.undisclosed === 0 && t.withShare === t.count)).toBe(true);
    const d = defaultDataset() as any;
    delete d.companies[0].share;
    delete d.companies[1].share;
    const some = reportContext(buildModel(d as Dataset));
    expect([some.companies.noShares, some.companies.allWithShare]).toEqual([false, false]);
    const tier3 = some.companies.tiers.find((t) => t.tier === 3)!;
    expect(tier3.undisclosed).toBe(2);
    expect(tier3.withShare + tier3.undisclosed).toBe(tier3.count);
  });

  it('say whether any region has a surplus or a shortfall', () => {
    const short = reportContext(buildModel(allShortRegionalDataset())).regional!;
    expect([short.anySurplus, short.anyShortfall, short.allShortfall, short.allSurplus]).toEqual([false, true, true, false]);
    const surplus = reportContext(buildModel(withRegionalData())).regional!;
    expect([surplus.anySurplus, surplus.anyShortfall, surplus.allSurplus]).toEqual([true, false, true]);
  });

  it('stay in the sample, where the figures themselves are held back', () => {
    const c = redactedReportContext(buildModel(decliningDataset()));
    expect(c.market.forecast.cagr).toEqual({ redacted: true });
    expect(c.market.forecast.falling).toBe(true);
  });
});

describe('magnitude and sentence helpers', () => {
  const model = buildModel(decliningDataset());
  const fmt = createFormatter(model);

  it('absPercent and absMoney print the size of a change through the Formatter', async () => {
    const out = await render(model, '{{absPercent market.forecast.cagr}}|{{absMoney market.absoluteGrowth}}|{{percent market.forecast.cagr}}');
    expect(out).toBe([fmt.percent(-model.market.cagr), fmt.money(-model.market.absoluteGrowth), fmt.percent(model.market.cagr)].join('|'));
    expect(out.split('|')[0]).not.toContain('-');
    expect(out.split('|')[2]).toMatch(/^-/);
  });

  it('absPercent and absMoney print the held-back mark in the sample', async () => {
    const out = await render(model, '{{absPercent market.forecast.cagr}}|{{absMoney market.end.value}}', redactedReportContext(model));
    expect(out).toBe('XX%|USD\u00a0XX\u00a0billion');
  });

  it('period ends a sentence once, however the text ends', async () => {
    const out = await render(model, '{{period a}}|{{period b}}|{{period (list names)}}|{{period (list more)}}', {
      a: 'Acme Inc',
      b: 'Medo Asia Sdn. Bhd.',
      names: ['Acme', 'Medo Asia Sdn. Bhd.'],
      more: ['Medo Asia Sdn. Bhd.', 'Acme'],
    });
    expect(out).toBe('Acme Inc.|Medo Asia Sdn. Bhd.|Acme and Medo Asia Sdn. Bhd.|Medo Asia Sdn. Bhd. and Acme.');
  });

  it('fail loudly on a value of the wrong kind', async () => {
    await expect(render(model, '{{absPercent market.trend}}', { market: { trend: null } })).rejects.toThrow('{{absPercent}} needs a number');
    await expect(render(model, '{{period names}}', { names: ['a'] })).rejects.toThrow('{{period}} needs a text');
  });
});
