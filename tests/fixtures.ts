// Shared test fixtures: the bundled default dataset, cloned per use so tests
// can mutate their copy.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { assemblePng, PNG_COLOR } from '../src/charts/png-encode.js';
import type { Dataset } from '../src/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATASET_FILE = path.join(ROOT, 'data', 'medical-second-opinion.json');
const defaultText = readFileSync(DEFAULT_DATASET_FILE, 'utf8');

/** A fresh, mutable copy of the default dataset as raw JSON. */
export function defaultRaw(): Record<string, any> {
  return JSON.parse(defaultText);
}

/** A fresh copy of the default dataset, typed (it is valid; the load tests prove it). */
export function defaultDataset(): Dataset {
  return JSON.parse(defaultText) as Dataset;
}

/**
 * The default dataset plus regional production/consumption over its history
 * years. Each region produces a little more than it consumes, and together the
 * regions consume less than the market (validation rejects more).
 */
export function withRegionalData(): Dataset {
  const d = defaultRaw();
  const regions = d.segmentations.find((s: any) => s.kind === 'region').segments.map((s: any) => s.name);
  const years = d.market.history.map((p: any) => p.year);
  const series = (scale: number) =>
    Object.fromEntries(regions.map((r: string, i: number) => [r, years.map((year: number, k: number) => ({ year, value: +(scale * (1 + i) * (1 + 0.08 * k)).toFixed(3) }))]));
  d.regionalData = { production: series(0.15), consumption: series(0.14) };
  return d as Dataset;
}

/**
 * Drops every segment's own rate, so that the segments grow with the market
 * whatever its forecast: a test that changes the market's rate to check
 * something else would otherwise also get an error for each segment, whose
 * rates no longer add up to the market's (src/load/segment-growth.ts).
 */
export function segmentsGrowWithMarket(d: Record<string, any>): void {
  for (const seg of d.segmentations) for (const s of seg.segments) delete s.cagr;
}

/** A valid 1x1 RGB PNG of the given colour (a logo for tests). */
export function tinyPng(rgb: [number, number, number] = [31, 78, 121]): Buffer {
  // Built here rather than committed, so a test can vary the bytes.
  return assemblePng(1, 1, PNG_COLOR.rgb, deflateSync(Buffer.from([0, ...rgb])));
}
