// Company tiers, defined by baseYear market share as the report prints it
// (the caller rounds; src/forecast/companies.ts):
//   Tier 1: share >= 5 %   (market leaders)
//   Tier 2: 2 % <= share < 5 %
//   Tier 3: share < 2 %, or no share published
// The definition only; the words a report prints for a tier are rendering
// (src/format/tier-labels.ts).
import type { Tier } from '../types.js';

export const TIER_THRESHOLDS = { tier1: 0.05, tier2: 0.02 } as const;

export function tierOf(share: number | undefined): Tier {
  if (share === undefined) return 3;
  if (share >= TIER_THRESHOLDS.tier1) return 1;
  if (share >= TIER_THRESHOLDS.tier2) return 2;
  return 3;
}
