import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelLookup, labelledIndices, wrapLabel, yearLabels, yearStride } from '../../src/charts/labels.js';
import { resolutionOf, valueAxis, withHeadroom, withLabelRoom } from '../../src/charts/value-axis.js';

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

/**
 * Whether `lines` join back into `name` (white space as single spaces), each
 * line break being a space, a break after the name's own hyphen or slash, or
 * an added "-" between two letters of a word.
 */
function rejoins(name: string, lines: readonly string[]): boolean {
  const text = name.trim().split(/\s+/).join(' ');
  const breakChar = (c: string | undefined) => c !== undefined && /[-/\u2010-\u2014]/.test(c);
  const letter = (c: string | undefined) => c !== undefined && c !== ' ' && !breakChar(c);
  const from = (i: number, at: number): boolean => {
    const line = lines[i]!;
    const last = i === lines.length - 1;
    if (text.startsWith(line, at)) {
      const end = at + line.length;
      if (last ? end === text.length : (text[end] === ' ' && from(i + 1, end + 1)) || (breakChar(line.at(-1)) && text[end] !== ' ' && from(i + 1, end))) return true;
    }
    if (!last && line.endsWith('-')) {
      const cut = at + line.length - 1;
      if (text.startsWith(line.slice(0, -1), at) && letter(text[cut - 1]) && letter(text[cut]) && from(i + 1, cut)) return true;
    }
    return false;
  };
  return lines.length > 0 && from(0, 0);
}

describe('wrapLabel with a word longer than a line', () => {
  it('breaks the word into even pieces ending in a hyphen, and fills the other words around it', () => {
    expect(wrapLabel('Kardiovaskulaererkrankungsbehandlungszentrumsgesellschaft', 30)).toEqual([
      'Kardiovaskulaererkrankungsbeh-',
      'andlungszentrumsgesellschaft',
    ]);
    expect(wrapLabel(`${'X'.repeat(120)} Ltd`, 30)).toEqual([...Array(4).fill(`${'X'.repeat(24)}-`), `${'X'.repeat(24)} Ltd`]);
    expect(wrapLabel('Die Pneumonoultramicroscopicsilicovolcanoconiosis Klinik', 30)).toEqual([
      'Die Pneumonoultramicroscopi-',
      'csilicovolcanoconiosis Klinik',
    ]);
  });

  it('breaks after the word\'s own hyphens and slashes first, adding nothing there', () => {
    expect(wrapLabel('Medical-Second-Opinion-Provider-Network-GmbH', 30)).toEqual(['Medical-Second-Opinion-', 'Provider-Network-GmbH']);
    expect(wrapLabel('www.example-research.com/markets/medical-second-opinion', 30)).toEqual([
      'www.example-research.com/',
      'markets/medical-second-opinion',
    ]);
  });

  it('does not break after a non-breaking hyphen (U+2011) without adding one', () => {
    const lines = wrapLabel(`${'a'.repeat(20)}\u2011${'b'.repeat(20)}`, 30);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/-$/); // a cut, marked as one
  });

  it('never parts an accent from its letter, and counts a letter with its accents as one', () => {
    const word = 'e\u0301'.repeat(40); // é written as e + combining acute
    const lines = wrapLabel(word, 30);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.replace(/-$/, '')).toMatch(/^(?:e\u0301)+$/);
    // 20 such letters are a short word: the name is balanced like any other.
    const name = `${'e\u0301'.repeat(20)} Health Services Provider Group`;
    expect(wrapLabel(name, 30)).toEqual(wrapLabel(name.normalize('NFC'), 30).map((l) => l.normalize('NFD')));
  });

  it('keeps words joined by a no-break space together', () => {
    expect(wrapLabel('Medical Second Opinion\u00a0Providing Companies', 30)).toEqual(['Medical Second', 'Opinion\u00a0Providing Companies']);
  });

  it('gives lines that join back into the name, within the width when a word is too long for one', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'Z', '-', '/', '.'), minLength: 1, maxLength: 90 });
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 6 }), fc.integer({ min: 8, max: 40 }), (words, max) => {
        const name = words.join(' ');
        const lines = wrapLabel(name, max);
        expect(rejoins(name, lines), JSON.stringify(lines)).toBe(true);
        if (words.some((w) => w.length > max)) for (const line of lines) expect(line.length).toBeLessThanOrEqual(max);
        else expect(lines.join(' ')).toBe(name);
      }),
    );
  });

  it('the rejoin check refuses a doubled, lost or moved hyphen', () => {
    expect(rejoins('ab-cd ef', ['ab-', 'cd ef'])).toBe(true);
    expect(rejoins('abcd ef', ['ab-', 'cd ef'])).toBe(true);
    expect(rejoins('ab-cd ef', ['ab-', '-cd ef'])).toBe(false);
    expect(rejoins('ab-cd', ['ab', 'cd'])).toBe(false);
    expect(rejoins('a/-b', ['a/', '-b'])).toBe(true);
    expect(rejoins('abcd', ['abc', 'd'])).toBe(false);
    expect(rejoins('ab cd', ['ab-', 'cd'])).toBe(false);
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

  it('keeps the base year labelled when years are thinned', () => {
    const years = Array.from({ length: 24 }, (_, i) => 2012 + i);
    // Counting back from 2035 in twos would skip 2024.
    const labels = yearLabels(years, 2, 2024);
    expect(labels).toContain('2024');
    expect(labels.at(-1)).toBe('2035');
    expect(labels.filter((l) => l !== '')).toEqual(['2012', '2014', '2016', '2018', '2020', '2022', '2024', '2026', '2028', '2030', '2032', '2035']);
    // A base year less than a stride before the last gives way to the last.
    expect(yearLabels(years, 3, 2034).filter((l) => l !== '').slice(-2)).toEqual(['2032', '2035']);
  });

  it('labels the anchor and the last, never two labels closer than a stride nor further than two', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: -2, max: 62 }), (count, stride, anchor) => {
        const shown = [...labelledIndices(count, stride, anchor)].sort((a, b) => a - b);
        const last = count - 1;
        expect(shown.at(-1)).toBe(last);
        expect(shown[0]).toBeGreaterThanOrEqual(0);
        expect(shown[0]).toBeLessThan(stride);
        for (let k = 1; k < shown.length; k++) {
          const gap = shown[k]! - shown[k - 1]!;
          expect(gap).toBeGreaterThanOrEqual(stride);
          expect(gap).toBeLessThan(2 * stride);
        }
        if (anchor >= 0 && anchor <= last && last - anchor >= stride) expect(shown).toContain(anchor);
        // Without an anchor: every stride-th counting back from the last.
        const plain = [...labelledIndices(count, stride)].sort((a, b) => a - b);
        expect(plain).toEqual(Array.from({ length: count }, (_, i) => i).filter((i) => (last - i) % stride === 0));
      }),
    );
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

  it('label room keeps the reserved pixels free beyond both ends when bars go both ways', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: -0.01, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (min, max, below, above) => {
          const plot = 330;
          const room = withLabelRoom(min, max, plot, below, above);
          const px = (v: number) => ((v - room.min) / (room.max - room.min)) * plot;
          expect(px(min)).toBeGreaterThanOrEqual(below - 1e-6);
          expect(plot - px(max)).toBeGreaterThanOrEqual(above - 1e-6);
        },
      ),
    );
    // One-signed bars keep the plain headroom, so charts without negative bars do not move.
    expect(withLabelRoom(0, 10, 200, 40, 40)).toEqual({ min: 0, max: withHeadroom(10, 200, 40) });
  });
});
