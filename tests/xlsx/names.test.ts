// Sheet names, A1 references and picture routing.
import { describe, expect, it } from 'vitest';
import { cellRef, columnLetter, internalLink, quoteSheet, uniqueSheetName } from '../../src/xlsx/cells.js';
import { routeImage } from '../../src/xlsx/plan.js';

describe('references', () => {
  it('letter columns past Z', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(cellRef(5, 28, true)).toBe('$AB$5');
  });

  it('quote sheet names, doubling apostrophes', () => {
    expect(quoteSheet("Women's health")).toBe("'Women''s health'");
    expect(internalLink('Market size')).toBe("#'Market size'!A1");
  });
});

describe('sheet names', () => {
  it('drop characters Excel forbids and keep 31 characters', () => {
    const name = uniqueSheetName('By Type/Application: [2024]?*', new Set());
    expect(name).not.toMatch(/[\\/?*[\]:]/);
    expect(uniqueSheetName('By a very long segmentation title indeed', new Set())).toHaveLength(31);
  });

  it('stay unique ignoring case, within 31 characters', () => {
    const taken = new Set(['By Region', 'By a very long segmentation titl']);
    expect(uniqueSheetName('by region', taken)).toBe('by region (2)');
    const long = uniqueSheetName('By a very long segmentation title indeed', new Set([uniqueSheetName('By a very long segmentation title indeed', new Set())]));
    expect(long.endsWith(' (2)')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(31);
  });
});

describe('picture routing', () => {
  const plan = {
    market: 'Market size',
    companies: 'Companies',
    segmentations: new Map([
      ['region', 'By Region'],
      ['sub-region', 'By Sub-region'],
    ]),
    production: undefined,
    consumption: undefined,
  };

  it('sends each report chart to the sheet of its table', () => {
    expect(routeImage('market-size', plan)).toBe('Market size');
    expect(routeImage('scenarios', plan)).toBe('Market size');
    expect(routeImage('company-share', plan)).toBe('Companies');
    expect(routeImage('segment-value-region', plan)).toBe('By Region');
    expect(routeImage('segment-value-sub-region', plan)).toBe('By Sub-region');
  });

  it('leaves charts without a table unrouted', () => {
    expect(routeImage('segment-value-channel', plan)).toBeUndefined();
    expect(routeImage('production-by-region', plan)).toBeUndefined();
    expect(routeImage('porter', plan)).toBeUndefined();
  });
});
