// "Tier 1 (share of 5% or more)", "Tier 2 (share of 2% to under 5%)": a
// company tier as the deliverables name it, its thresholds written the way the report writes every other percentage, so
// a de-DE report reads "5 %" in the labels as in its figures. One wording for
// every renderer (PDF tables and profiles, the workbook's tier summary, the
// narrative), each calling this with its own Formatter.
import { TIER_THRESHOLDS } from '../forecast/tiers.js';
import type { Tier } from '../types.js';
import type { Formatter } from './index.js';

export function tierLabels(fmt: Pick<Formatter, 'compactPercent'>): Record<Tier, string> {
  const tier1 = fmt.compactPercent(TIER_THRESHOLDS.tier1);
  const tier2 = fmt.compactPercent(TIER_THRESHOLDS.tier2);
  return {
    1: `Tier 1 (share of ${tier1} or more)`,
    // "to under": a share of exactly 5% is Tier 1 only (tiers go by the printed share).
    2: `Tier 2 (share of ${tier2} to under ${tier1})`,
    3: `Tier 3 (share below ${tier2} or not disclosed)`,
  };
}

export function tierLabel(fmt: Pick<Formatter, 'compactPercent'>, tier: Tier): string {
  return tierLabels(fmt)[tier];
}
