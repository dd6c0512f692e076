import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel, displayPolicy } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { defaultDataset } from '../fixtures.js';

const model = buildModel(defaultDataset());
const f = createFormatter(model);

describe('the formatting layer', () => {
  it('writes money with currency and unit at the model\'s fixed decimals', () => {
    expect(f.money(4.92)).toBe('USD\u00a04.92\u00a0billion');
    expect(f.money(model.market.milestones.end.value)).toBe('USD\u00a09.29\u00a0billion');
    expect(f.value(1234.5)).toBe('1,234.50');
    expect(f.unitLabel()).toBe('USD billion');
  });
  it('writes rates as percentages with one decimal', () => {
    expect(f.percent(0.098)).toBe('9.8%');
    expect(f.percent(model.market.cagr)).toBe('9.5%');
    expect(f.signedPercent(0.05)).toBe('+5.0%');
    expect(f.signedPercent(-0.021)).toBe('-2.1%');
  });
  it('rounds half away from zero consistently for text and for numbers', () => {
    expect(f.value(1.005)).toBe('1.01');
    expect(f.roundValue(1.005)).toBe(1.01);
    expect(f.percent(0.0985)).toBe('9.9%');
    expect(f.value(-1.005)).toBe('-1.01');
    expect(f.signedPercent(-0.0985)).toBe('-9.9%');
  });
  it('follows the locale', () => {
    const de = createFormatter({ ...model, locale: 'de-DE', currency: 'EUR', unit: 'million' });
    expect(de.money(1234.5)).toBe('EUR\u00a01.234,50\u00a0million');
    expect(de.percent(0.098)).toMatch(/^9,8\s%$/u);
  });
  it('formats the edition date in UTC, never the machine\'s zone', () => {
    expect(f.date('2024-03-15')).toBe('March 15, 2024');
    expect(f.date('2024-01-01')).toBe('January 1, 2024');
  });
  it('gives Excel number formats with the same decimals as the text', () => {
    expect(f.excelValueFormat()).toBe('#,##0.00');
    expect(f.excelPercentFormat()).toBe('0.0%');
    const big = createFormatter({ ...model, display: displayPolicy(452) });
    expect(big.excelValueFormat()).toBe('#,##0');
    expect(big.money(452.4)).toBe('USD\u00a0452\u00a0billion');
  });
  it('roundValue agrees with value() for any number (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (x) => {
        expect(f.value(x).replace(/,/g, '')).toBe(f.roundValue(x).toFixed(2));
      }),
    );
  });
  it('chooses decimals so the market keeps three significant digits', () => {
    expect(displayPolicy(4.5).valueDecimals).toBe(2);
    expect(displayPolicy(45).valueDecimals).toBe(1);
    expect(displayPolicy(450).valueDecimals).toBe(0);
  });
});

describe('axisValue: chart value-axis ticks', () => {
  it('prints only the decimals a tick needs', () => {
    // The default report shows two decimals (USD\u00a04.52 billion); its ticks step by 2.5 or 2.
    expect(f.display.valueDecimals).toBe(2);
    expect([0, 2.5, 5, 7.5, 10].map(f.axisValue)).toEqual(['0', '2.5', '5', '7.5', '10']);
    expect(f.axisValue(0.25)).toBe('0.25');
    expect(f.axisValue(1234.5)).toBe('1,234.5');
  });
  it('never prints more decimals than value() and rounds like it', () => {
    expect(f.axisValue(1.005)).toBe('1.01');
    expect(f.axisValue(0.001)).toBe('0');
    expect(f.axisValue(-0.001)).toBe('0');
    const big = createFormatter({ ...model, display: displayPolicy(452) });
    expect(big.axisValue(2.5)).toBe(big.value(2.5));
    expect(big.axisValue(250)).toBe('250');
  });
  it('follows the locale', () => {
    const de = createFormatter({ ...model, locale: 'de-DE', currency: 'EUR', unit: 'million' });
    expect(de.axisValue(2.5)).toBe('2,5');
    expect(de.axisValue(1234.5)).toBe('1.234,5');
    expect(de.axisValue(5)).toBe('5');
  });
  it('shows the number value() shows, without trailing zeros (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (x) => {
        const tick = f.axisValue(x);
        expect(Number(tick.replace(/,/g, ''))).toBe(f.roundValue(x));
        expect(tick).not.toMatch(/\.(\d*0)?$/);
        expect(tick.split('.')[1]?.length ?? 0).toBeLessThanOrEqual(f.display.valueDecimals);
      }),
    );
  });
});

describe('compactPercent: a round percentage the text names (tier thresholds)', () => {
  it('prints only the decimals the rate needs, rounded like percent()', () => {
    expect([0.05, 0.02, 0.025, 0.1].map(f.compactPercent)).toEqual(['5%', '2%', '2.5%', '10%']);
    expect(f.compactPercent(0.02249)).toBe('2.2%');
    expect(f.compactPercent(0.0985)).toBe(f.percent(0.0985));
  });
  it('spaces the percent sign where the locale does, as percent() does', () => {
    const de = createFormatter({ ...model, locale: 'de-DE' });
    expect(de.compactPercent(0.05)).toBe('5\u00a0%');
    expect(de.compactPercent(0.025)).toBe('2,5\u00a0%');
    const fr = createFormatter({ ...model, locale: 'fr-FR' });
    expect(fr.compactPercent(0.05)).toBe('5\u00a0%');
    expect(fr.percent(0.05)).toBe('5,0\u00a0%');
  });
});

describe('what the fonts can print and the English prose around it', () => {
  // Roboto, the report font, has Latin digits only, and no U+202F or bidi marks.
  const NON_LATIN_DIGIT = /[^\P{Nd}0-9]/u;
  const UNPRINTABLE = /[\u202f\u200e\u200f\u061c]/u;
  const locales = ['ar-EG', 'ar-SA', 'fa-IR', 'hi-IN-u-nu-deva', 'bn-BD', 'th-TH-u-nu-thai', 'fr-FR', 'de-DE', 'ja-JP'];
  const outputs = (fmt: ReturnType<typeof createFormatter>) => [
    fmt.value(-1234567.891),
    fmt.axisValue(2.5),
    fmt.money(4.52),
    fmt.percent(0.0985),
    fmt.compactPercent(0.05),
    fmt.signedPercent(-0.021),
    fmt.date('2024-03-15'),
  ];

  it.each(locales)('%s prints Latin digits only, and only characters the font has', (locale) => {
    const fmt = createFormatter({ ...model, locale });
    for (const text of outputs(fmt)) {
      expect(text, text).not.toMatch(NON_LATIN_DIGIT);
      expect(text, text).not.toMatch(UNPRINTABLE);
      expect(text, text).toMatch(/[0-9]/);
    }
  });

  it('keeps the locale\'s separators and the Model\'s rounding', () => {
    const ar = createFormatter({ ...model, locale: 'ar-EG' });
    expect(ar.roundValue(1234.567)).toBe(1234.57);
    expect(ar.value(1234.567).replace(/[^0-9]/g, '')).toBe('123457');
    const fr = createFormatter({ ...model, locale: 'fr-FR' });
    // Grouped with a no-break space (fr-FR's own U+202F has no glyph in the font).
    expect(fr.value(1234.5)).toBe('1\u00a0234,50');
    expect(fr.percent(0.098)).toBe('9,8\u00a0%');
  });

  it('dates the edition in the Gregorian calendar, so the year is the edition\'s', () => {
    for (const locale of ['fa-IR', 'th-TH', 'ar-SA', 'ja-JP-u-ca-japanese']) {
      expect(createFormatter({ ...model, locale }).date('2024-03-15'), locale).toContain('2024');
    }
  });

  it('writes dates in English whatever the locale, in the order of an English locale or the international one', () => {
    const date = (locale: string) => createFormatter({ ...model, locale }).date('2024-03-15');
    expect(date('en-US')).toBe('March 15, 2024');
    expect(date('en-GB')).toBe('15 March 2024');
    for (const locale of ['de-DE', 'fr-FR', 'ja-JP', 'ar-EG', 'fa-IR', 'pt-BR']) expect(date(locale), locale).toBe('15 March 2024');
  });

  it('joins lists with English words whatever the locale, as the prose is English', () => {
    for (const locale of ['de-DE', 'fr-FR', 'ja-JP', 'ar-EG', 'en-GB', 'en-US']) {
      expect(createFormatter({ ...model, locale }).list(['A', 'B', 'C']), locale).toBe('A, B, and C');
    }
    const de = createFormatter({ ...model, locale: 'de-DE' });
    expect(de.list(['A', 'B'])).toBe('A and B');
    expect(de.list(['A'])).toBe('A');
  });

  it('joins with semicolons when an item has a comma, so that the item does not read as two (the default report\'s Trends)', () => {
    const fmt = createFormatter(model);
    const trends = ['AI and machine learning', 'Remote consultations', 'Collaborative, inter-disciplinary care', 'Patient-centric care'];
    expect(fmt.list(trends)).toBe('AI and machine learning; Remote consultations; Collaborative, inter-disciplinary care; and Patient-centric care');
    // Two items: "Collaborative, inter-disciplinary care and Patient-centric care" would read as three, and
    // "X; and Y" clashes with the semicolons that join clauses around it: "as well as" joins them.
    expect(fmt.list(['Collaborative, inter-disciplinary care', 'Patient-centric care'])).toBe('Collaborative, inter-disciplinary care as well as Patient-centric care');
    expect(fmt.list(['Acme', 'Beta, Inc.'])).toBe('Acme as well as Beta, Inc.');
    expect(fmt.list(['Acme', 'Beta'])).toBe('Acme and Beta');
    expect(fmt.list(['A', 'B', 'C, D'])).toBe('A; B; and C, D');
  });
});
