// Property tests for the share and year rules: any valid variation passes,
// any breaking variation fails at the right path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/load/index.js';
import { defaultRaw } from '../fixtures.js';

const errorsOf = (d: unknown) => validateDataset(d, 'p.json').errors.map((e) => `${e.path}: ${e.message}`);

/** n positive weights normalised to shares that sum to 1. */
const shares = (n: number) =>
  fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: n, maxLength: n }).map((w) => {
    const total = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / total);
  });

describe('share rule', () => {
  it('accepts any shares that sum to 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }).chain(shares), (s) => {
        fc.pre(s.every((x) => x >= 0.0005 && x < 1)); // a smaller share prints as 0.0% (figures.test.ts)
        const d = defaultRaw();
        d.segmentations[1].segments = s.map((share, i) => ({ name: `Segment ${String.fromCharCode(65 + (i % 26))}${i}`, share }));
        expect(errorsOf(d)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
  it('rejects shares scaled away from 1 by more than the tolerance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }).chain(shares),
        fc.oneof(fc.double({ min: 1.006, max: 1.5, noNaN: true }), fc.double({ min: 0.5, max: 0.994, noNaN: true })),
        (s, factor) => {
          const scaled = s.map((x) => x * factor);
          fc.pre(scaled.every((x) => x >= 0.0005 && x < 1));
          const d = defaultRaw();
          d.segmentations[0].segments = scaled.map((share, i) => ({ name: `S${i}`, share }));
          expect(errorsOf(d)).toEqual([expect.stringMatching(/^segmentations\[0\]\.segments: segment shares sum to/)]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('year rule', () => {
  const history = fc
    .record({ start: fc.integer({ min: 1990, max: 2040 }), length: fc.integer({ min: 3, max: 25 }) })
    .map(({ start, length }) => Array.from({ length }, (_, i) => ({ year: start + i, value: 10 * 1.05 ** i })));

  it('accepts any contiguous history that ends at baseYear', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 20 }), (h, horizon) => {
        const d = defaultRaw();
        d.market.history = h;
        d.baseYear = h[h.length - 1]!.year;
        d.forecastTo = d.baseYear + horizon;
        d.published = `${d.baseYear + 1}-03-15`;
        delete d.market.published;
        expect(errorsOf(d)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
  it('rejects a history with any interior year removed, naming that year', () => {
    fc.assert(
      fc.property(
        history.filter((h) => h.length >= 4),
        fc.nat(),
        (h, k) => {
          const i = 1 + (k % (h.length - 2));
          const removed = h[i]!.year;
          const d = defaultRaw();
          d.market.history = h.filter((_, j) => j !== i);
          d.baseYear = h[h.length - 1]!.year;
          d.forecastTo = d.baseYear + 5;
          d.published = `${d.baseYear + 1}-03-15`;
          delete d.market.published;
          expect(errorsOf(d)).toEqual([`market.history: history is not contiguous: year ${removed} missing`]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
