// A remainder segment is the rest of the market grouped under one name
// ("Others", "Other", "All Others", "Rest of World", "Miscellaneous"), not a
// product or a place of its own: prose does not crown it "the largest
// segment" or "the fastest-growing" as if it were one, and charts draw its bar
// last whatever its size (src/charts/specs/segments.ts).
const REMAINDER = /^(?:(?:all\s+)?others?|rest\s+of|misc(?:ellaneous|\.))(?:\s|$)/i;

/** The name is a remainder segment's: Others, Other ..., Rest of ..., Miscellaneous (any case). */
export function isRemainder(name: string): boolean {
  return REMAINDER.test(name.trim());
}
