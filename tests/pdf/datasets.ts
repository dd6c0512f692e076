// Test datasets beyond the shared fixtures.
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';

/** The default dataset stripped of every optional part (still valid: the tests check). */
export function minimalDataset(): Dataset {
  const d = defaultDataset();
  const { scenarios: _s, published: _p, ...market } = d.market;
  const { definition, methodology, sources } = d.narrative;
  const { about: _a, website: _w, email: _e, phone: _ph, ...publisher } = d.publisher;
  const { sample: _sample, subtitle: _subtitle, ...rest } = d;
  return {
    ...rest,
    market,
    publisher,
    narrative: { definition, methodology, sources },
    companies: d.companies.map(({ name }) => ({ name })),
    segmentations: d.segmentations.map((s) => ({ ...s, segments: s.segments.map(({ countries: _c, ...seg }) => seg) })),
  };
}
