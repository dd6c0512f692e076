// The placeholder scan runs over every string of a dataset, up to 5 MB of
// them, so it must take time in proportion to the text. Its patterns are
// written so that no scan repeats from many starting points; these tests
// check that they still find exactly what the plain definitions find.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceholder } from '../../src/load/placeholders.js';

// The plain definitions, as first written: right, but quadratic on some texts.
const PLAIN: readonly RegExp[] = [
  /(?<![\p{L}\p{N}_]|[\p{L}\p{N}]-)XX(?![\p{L}\p{N}_]|-[\p{L}\p{N}])%?/u,
  /\bTBD\b/,
  /\bTBC\b/,
  /\bTODO\b/,
  /\bFIXME\b/,
  /\blorem\s+ipsum\b/i,
  /\{\{[^}]*\}\}/,
  /\{\{/,
  /\bkey\s*-?\s*players?\s*\d+\b/i,
  /\b(?:company|manufacturer|vendor|player|competitor)\d{2,}\b/i,
  /\[(?:insert|add|placeholder)[^\]]*\]/i,
];
const plainFinds = (text: string) => PLAIN.some((p) => p.test(text));

// Pieces that make near-misses likely: openers without closers, hyphens, spaces.
const PIECES = ['{', '}', '{{', '}}', '[', ']', '[insert', '[Add', '[placeholder', 'key', 'Key', '-', ' ', '\n', 'player', 'players',
  '1', '42', 'x', 'name', 'lorem', 'ipsum', 'XX', '%', 'X', 'TBD', 'company', 'vendor'];

describe('findPlaceholder', () => {
  it('flags a text exactly when the plain patterns do', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        expect(findPlaceholder(text) !== undefined).toBe(plainFinds(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('names the bracketed instruction it found', () => {
    expect(findPlaceholder('See [Insert company name] here')).toBe('[Insert company name]');
    expect(findPlaceholder('[add [x] later]')).toBe('[add [x]');
    expect(findPlaceholder('[insert without end')).toBeUndefined();
    expect(findPlaceholder('Hello {{ name }}')).toBe('{{ name }}');
  });

  // Each of these took seconds to minutes at 250 KB with the plain patterns
  // ("{{" and 250 KB of "{": 70 s). At 512 KB a quadratic scan would far
  // outlast the test's time limit; a linear one takes milliseconds.
  const HALF_MB = 1 << 19;
  const cases: [string, string, boolean][] = [
    ['"{{" then "{" repeated', '{{' + '{'.repeat(HALF_MB), true],
    ['"[add" repeated', '[add'.repeat(HALF_MB / 4), false],
    ['"[insert " repeated, closed at the end', '[insert '.repeat(HALF_MB / 8) + ']', true],
    ['"key" then spaces', 'key' + ' '.repeat(HALF_MB), false],
    ['"key-" then spaces then "player"', 'key-' + ' '.repeat(HALF_MB) + 'player', false],
  ];
  for (const [name, text, flagged] of cases) {
    it(`scans 512 KB of ${name} in one pass`, () => {
      expect(findPlaceholder(text) !== undefined).toBe(flagged);
    }, 2000);
  }
});
