// Two segments whose names hold commas, tied as the largest and the fastest
// (reviewer's ve-commas): "X; and Y are the largest segments (40.0% each);
// X; and Y grow fastest" gave the findings three semicolons in two roles. Two
// such names are joined by "as well as", and the semicolons left join clauses.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';
import { renderedNarrative as report } from './rendered.js';

function commaNamesDataset(): Dataset {
  const d = defaultDataset() as any;
  const [a, b, c] = d.segmentations[0].segments;
  Object.assign(a, { name: 'Hospitals, clinics and care homes', share: 0.4, cagr: 0.1 });
  Object.assign(b, { name: 'Patient-centric care', share: 0.4, cagr: 0.1 });
  Object.assign(c, { share: 0.2, cagr: 0.08 });
  return d as Dataset;
}

describe('two tied segments whose names hold a comma', () => {
  it('are joined by "as well as", leaving semicolons to join clauses', async () => {
    const { text } = await report(commaNamesDataset());
    const pair = 'Hospitals, clinics and care homes as well as Patient-centric care';
    expect(text.findings).toContain(`By type, ${pair} are the largest segments`);
    expect(text.findings).not.toContain('Hospitals, clinics and care homes; and');
    // One semicolon: the one between "are the largest" and "grow fastest".
    const byType = text.findings!.match(/By type,.*?(?= - By )/)![0];
    expect(byType.split(';')).toHaveLength(2);
  });
});
