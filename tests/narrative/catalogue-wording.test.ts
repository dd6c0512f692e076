// The wording of a generated catalogue, read as a reader would check it: the
// figures a sentence prints agree with each other. Found by reading thirty
// generated reports: "from GBP 46.5 billion ... to GBP 37.1 billion ... lose
// GBP 9.5 billion" (the exact values differ by 9.45; the printed ones by 9.4),
// and "Direct Sales is the fastest-growing segment, with a CAGR of 10.0% ...
// against 10.0% for the market as a whole; its share moves from 40.4% to
// 40.4%" where every segment grew at the market's rate.
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/generate-catalogue.mjs';
import { createFormatter } from '../../src/format/index.js';
import { validateDataset } from '../../src/load/index.js';
import type { Dataset } from '../../src/types.js';
import { renderedNarrative } from './rendered.js';

const catalogue = generateCatalogue(30, 91).map(({ file, dataset }) => {
  const result = validateDataset(dataset, file);
  if (!result.value) throw new Error(`${file} is invalid`);
  return [file, result.value] as [string, Dataset];
});

/** A printed number back to a number, in the locale it was printed in ("1.234,5" in de-DE, "1,23,400" in en-IN). */
function parse(text: string, locale: string): number {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')!.value;
  const plain = text.replace(/[^\d\-−]/g, (c) => (c === decimal ? '.' : '')).replace('−', '-');
  return Number(plain);
}

describe.each(catalogue)('%s', (_file, dataset) => {
  it('adds or loses what the two printed market sizes differ by', async () => {
    const { model, text } = await renderedNarrative(dataset);
    const money = `${model.currency}\\s([-\\d.,\\s\\u00a0\\u202f]+?)\\s${model.unit}`;
    const headline = new RegExp(`valued at ${money} in ${model.baseYear} and is projected to (?:reach|fall to) ${money} by ${model.forecastTo}`).exec(text['market-size']!);
    const change = new RegExp(`expected to (add|lose) ${money} in annual value`).exec(text['market-size']!);
    expect(headline, text['market-size']).not.toBeNull();
    expect(change, text['market-size']).not.toBeNull();
    const [base, end] = [parse(headline![1]!, model.locale), parse(headline![2]!, model.locale)];
    const amount = parse(change![2]!, model.locale) * (change![1] === 'lose' ? -1 : 1);
    const decimals = model.display.valueDecimals;
    expect(amount.toFixed(decimals)).toBe((end - base).toFixed(decimals));
  });

  it('crowns no segment whose CAGR prints the same as another\'s, and moves no share that stays put', async () => {
    const { model, all } = await renderedNarrative(dataset);
    const fmt = createFormatter(model);
    const PHRASES = ['is the fastest-growing', 'grows fastest', 'declines least', 'the fastest-growing', 'is expected to grow fastest', 'is both the largest and the fastest'];
    /** Places where `name` alone is said to lead; naming it last in the list of all the tied is not that. */
    const crowned = (name: string, tied: string) =>
      PHRASES.flatMap((phrase) => [...all.matchAll(new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ${phrase}`, 'g'))])
        .filter((m) => !all.slice(0, m.index + name.length).endsWith(tied))
        .map((m) => all.slice(Math.max(0, m.index - 40), m.index + name.length + 30));
    for (const s of model.segmentations) {
      const best = Math.max(...s.segments.map((x) => fmt.roundPercent(x.cagr)));
      const leaders = s.segments.filter((x) => fmt.roundPercent(x.cagr) === best).map((x) => x.name);
      if (leaders.length === 1) continue;
      const tied = fmt.list(leaders);
      for (const name of leaders) expect(crowned(name, tied), `${s.id}: ${leaders.join(', ')} tie`).toEqual([]);
      if (leaders.length < s.segments.length) expect(all).toContain(tied);
      else expect(all).toContain(`Every segment by ${s.title.toLocaleLowerCase(model.locale)}`);
    }
    expect(all).not.toMatch(/moves from (-?[\d.,]+\s?%)(?: in \d{4})? to \1/);
  });

  it('speaks of years past in the past tense, and keeps a direction only where history had it', async () => {
    const { model, text, all } = await renderedNarrative(dataset);
    const fmt = createFormatter(model);
    // The best and worst years named are actual years, every year that ties among them named.
    for (const m of text['market-growth']!.matchAll(/(?:highest|lowest|least|most) in ((?:\d{4}(?:, | and |, and )?)+)/g)) {
      for (const year of m[1]!.match(/\d{4}/g)!) expect(Number(year)).toBeLessThanOrEqual(model.baseYear);
    }
    const actual = model.market.yoy.filter((g) => g.year <= model.baseYear).map((g) => fmt.roundPercent(g.growth));
    const peakYears = text['market-growth']!.match(/(?:highest|fell least) in (\d{4}(?:(?:, |,? and )\d{4})*), (?:at|by)/)?.[1]?.match(/\d{4}/g) ?? [];
    if (new Set(actual).size > 1) expect(peakYears.length).toBe(actual.filter((g) => g === Math.max(...actual)).length);
    const history = fmt.roundPercent(model.market.spans.historical.cagr);
    if (all.includes('keeps shrinking')) expect(history).toBeLessThan(0);
    if (all.includes('keeps growing')) expect(history).toBeGreaterThanOrEqual(0);
    // "shrink at 1.9% ..., after 7.9% a year" reads as 7.9% of shrinking too.
    expect(all).not.toMatch(/shrink at a compound annual rate of [^,]+, after \d/);
  });
});
