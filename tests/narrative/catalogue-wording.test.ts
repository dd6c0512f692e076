// The wording of a generated catalogue, read as a reader would check it: the
// figures a sentence prints agree with each other. Found by reading thirty
// generated reports: "from GBP 46.5 billion ... to GBP 37.1 billion ... lose
// GBP 9.5 billion" (the exact values differ by 9.45; the printed ones by 9.4).
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../scripts/generate-catalogue.mjs';
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
    const money = `${model.currency} ([-\\d.,\\s\\u00a0\\u202f]+?) ${model.unit}`;
    const headline = new RegExp(`valued at ${money} in ${model.baseYear} and is projected to (?:reach|fall to) ${money} by ${model.forecastTo}`).exec(text['market-size']!);
    const change = new RegExp(`expected to (add|lose) ${money} in annual value`).exec(text['market-size']!);
    expect(headline, text['market-size']).not.toBeNull();
    expect(change, text['market-size']).not.toBeNull();
    const [base, end] = [parse(headline![1]!, model.locale), parse(headline![2]!, model.locale)];
    const amount = parse(change![2]!, model.locale) * (change![1] === 'lose' ? -1 : 1);
    const decimals = model.display.valueDecimals;
    expect(amount.toFixed(decimals)).toBe((end - base).toFixed(decimals));
  });
});
