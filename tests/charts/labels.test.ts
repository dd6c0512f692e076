import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelLookup, wrapLabel, yearLabels, yearStride } from '../../src/charts/labels.js';
import { resolutionOf, valueAxis, withHeadroom } from '../../src/charts/value-axis.js';

describe('wrapLabel', () => {
  it('keeps a short name on one line and splits a long one evenly', () => {
    expect(wrapLabel('Hospitals', 30)).toEqual(['Hospitals']);
    expect(wrapLabel('Medical Second Opinion Providing Companies', 30)).toEqual(['Medical Second Opinion', 'Providing Companies']);
    // Greedy filling would leave "Internationale" alone on the first line.
    const lines = wrapLabel('Internationale Gesellschaft für Zweitmeinungen und Fallprüfung mbH', 30);
    expect(lines).toHaveLength(2);
    expect(Math.abs(lines[0]!.length - lines[1]!.length)).toBeLessThan(15);
  });

  it('never drops, reorders or cuts a word that fits a line, and keeps to maxLines', () => {
    const word = fc.string({ minLength: 1, maxLength: 14 }).filter((w) => !/\s/.test(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 14, max: 40 }), fc.integer({ min: 1, max: 3 }), (words, max, maxLines) => {
        const name = words.join(' ');
        const lines = wrapLabel(name, max, maxLines);
        expect(lines.join(' ')).toBe(name);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        if (name.length <= max) expect(lines).toEqual([name]);
      }),
    );
  });
});

describe('wrapLabel with a word longer than a line', () => {
  it('breaks the word into even pieces ending in a hyphen, and fills the other words around it', () => {
    expect(wrapLabel('Kardiovaskulaererkrankungsbehandlungszentrumsgesellschaft', 30)).toEqual([
      'Kardiovaskulaererkrankungsbeh-',
      'andlungszentrumsgesellschaft',
    ]);
    expect(wrapLabel(`${'X'.repeat(120)} Ltd`, 30)).toEqual([...Array(4).fill(`${'X'.repeat(24)}-`), `${'X'.repeat(24)} Ltd`]);
    expect(wrapLabel('Die Pneumonoultramicroscopicsilicovolcanoconiosis Klinik', 30)).toEqual([
      'Die',
      'Pneumonoultramicroscopi-',
      'csilicovolcanoconiosis Klinik',
    ]);
  });

  it('never parts an accent from its letter', () => {
    const word = 'e\u0301'.repeat(40); // é written as e + combining acute
    const lines = wrapLabel(word, 30);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.replace(/-$/, '')).toMatch(/^(?:e\u0301)+$/);
  });

  it('keeps every letter in order, and with a word too long for a line keeps every line within the width', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'Z', '-', '.'), minLength: 1, maxLength: 90 });
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 6 }), fc.integer({ min: 8, max: 40 }), (words, max) => {
        const name = words.join(' ');
        const lines = wrapLabel(name, max);
        const bare = (s: string) => s.replace(/[\s-]/g, '');
        expect(bare(lines.join(''))).toBe(bare(name));
        if (words.some((w) => w.length > max)) for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
        else expect(lines.join(' ')).toBe(name);
      }),
    );
  });
});

describe('year labels', () => {
  it('labels every year up to 14, then every n-th counting back from the last', () => {
    expect(yearStride(13)).toBe(1);
    expect(yearStride(24)).toBe(2);
    const years = Array.from({ length: 24 }, (_, i) => 2012 + i);
    const labels = yearLabels(years, yearStride(years.length));
    expect(labels.at(-1)).toBe('2035');
    expect(labels.filter((l) => l !== '')).toHaveLength(12);
  });

  it('builds a lookup expression that maps each value to its label, quotes included', () => {
    const expr = labelLookup(['a"b', 'c'], [['x', 'y'], 'z']);
    // The expression is also valid JavaScript once Vega's indexof is supplied.
    const evaluate = new Function('datum', 'indexof', `return ${expr};`) as (d: object, f: (a: unknown[], v: unknown) => number) => unknown;
    const indexof = (a: unknown[], v: unknown) => a.indexOf(v);
    expect(evaluate({ value: 'a"b' }, indexof)).toEqual(['x', 'y']);
    expect(evaluate({ value: 'c' }, indexof)).toBe('z');
  });
});

describe('valueAxis', () => {
  it('covers the values with round ticks the formatter can tell apart', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 0, noNaN: true }),
        fc.double({ min: 0.001, max: 5000, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (min, max, decimals) => {
          const format = (v: number) => v.toFixed(decimals);
          const axis = valueAxis({ min, max, format, resolution: resolutionOf(decimals) });
          // Within a billionth of a step of a tick counts as on it (float noise must not add a tick).
          const slack = (axis.ticks[1]! - axis.ticks[0]!) * 1e-9;
          expect(axis.domain[0]).toBeLessThanOrEqual(Math.min(0, min) + slack);
          expect(axis.domain[1]).toBeGreaterThanOrEqual(max - slack);
          expect(axis.ticks).toContain(0);
          expect(new Set(axis.labels).size).toBe(axis.labels.length);
          expect(axis.ticks.length).toBeLessThanOrEqual(12);
        },
      ),
    );
  });

  it('uses the Formatter output as tick labels', () => {
    const axis = valueAxis({ min: 0, max: 9.3, format: (v) => `<${v}>`, resolution: 0.01 });
    expect(axis.ticks).toEqual([0, 2, 4, 6, 8, 10]);
    expect(axis.labels).toEqual(['<0>', '<2>', '<4>', '<6>', '<8>', '<10>']);
  });

  it('headroom keeps the reserved pixels free above the maximum', () => {
    const top = withHeadroom(10, 200, 40);
    // At 200 px for `top` units, the value 10 sits 40 px below the top.
    expect(200 - (10 / top) * 200).toBeCloseTo(40, 9);
  });
});
