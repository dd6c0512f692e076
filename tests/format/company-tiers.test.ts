// A company's tier agrees with its share as printed, and the tier labels do
// not overlap. A reviewer read "Tier 1 (share of 5% or more)" and "Tier 2
// (share of 2% to 5%)", both claiming 5%; and a share of 4.996% prints "5.0%",
// so it must not sit in a tier labelled "under 5%".
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/forecast/index.js';
import { createFormatter } from '../../src/format/index.js';
import { tierLabels } from '../../src/format/tier-labels.js';
import type { Dataset, Tier } from '../../src/types.js';
import { defaultDataset } from '../fixtures.js';

/** The default dataset with some companies' shares changed, by name. */
function withShares(shares: Record<string, number>): Dataset {
  const d = defaultDataset();
  return { ...d, companies: d.companies.map((c) => (c.name in shares ? { ...c, share: shares[c.name]! } : c)) };
}

/** The bounds a tier label states, in percent: "2% to under 5%" -> [2, 5). */
function bounds(label: string): { min: number; below: number } {
  const n = (s: string) => Number(s.replace(',', '.'));
  const to = label.match(/of ([\d.,]+)\s?% to under ([\d.,]+)\s?%/);
  if (to) return { min: n(to[1]!), below: n(to[2]!) };
  const more = label.match(/of ([\d.,]+)\s?% or more/);
  if (more) return { min: n(more[1]!), below: Infinity };
  const under = label.match(/below ([\d.,]+)\s?%/);
  if (under) return { min: -Infinity, below: n(under[1]!) };
  throw new Error(`no bounds in "${label}"`);
}

describe('tier labels', () => {
  it('state bounds that leave no share in two tiers', () => {
    const labels = tierLabels(createFormatter(buildModel(defaultDataset())));
    expect(labels[2]).toBe('Tier 2 (share of 2% to under 5%)');
    const [t1, t2, t3] = ([1, 2, 3] as Tier[]).map((t) => bounds(labels[t]));
    expect(t2!.below).toBe(t1!.min);
    expect(t3!.below).toBe(t2!.min);
  });
});

describe('a company\'s tier', () => {
  it('follows its share as printed, at both thresholds', () => {
    // 4.996% prints "5.0%", 1.996% prints "2.0%"; 4.94% prints "4.9%".
    const model = buildModel(withShares({ 'Johns Hopkins Medicine': 0.04996, 'Keio University Hospital': 0.01996, 'Royal London Group': 0.0494 }));
    const fmt = createFormatter(model);
    const labels = tierLabels(fmt);
    for (const c of model.companies.list) {
      if (c.share === undefined) continue;
      const printed = Number(fmt.percent(c.share).replace('%', ''));
      const { min, below } = bounds(labels[c.tier]);
      expect(printed, `${c.name} at ${fmt.percent(c.share)} in ${labels[c.tier]}`).toBeGreaterThanOrEqual(min);
      expect(printed, `${c.name} at ${fmt.percent(c.share)} in ${labels[c.tier]}`).toBeLessThan(below);
    }
    const tierOf = (name: string) => model.companies.list.find((c) => c.name === name)!.tier;
    expect(tierOf('Johns Hopkins Medicine')).toBe(1);
    expect(tierOf('Keio University Hospital')).toBe(2);
    expect(tierOf('Royal London Group')).toBe(2);
    // The tier summary counts them where the list puts them.
    expect(model.companies.tiers.find((t) => t.tier === 1)!.companies).toContain('Johns Hopkins Medicine');
  });
});
