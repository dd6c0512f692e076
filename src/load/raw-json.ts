// Guards for reading a dataset's raw JSON in the consistency rules, which run
// whether or not the schema accepted the part they read: each rule skips what
// is malformed (the schema reports that) and checks what it can.

export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const int = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

/** The segment names of the segmentations of one kind: "region" ones are the regions regionalData may name. */
export function segmentNamesOf(raw: Record<string, unknown>, kind: 'region' | 'category'): string[] {
  return arr(raw.segmentations)
    .filter(isObj)
    .filter((s) => s.kind === kind)
    .flatMap((s) => arr(s.segments))
    .map((s) => (isObj(s) ? s.name : undefined))
    .filter((n): n is string => typeof n === 'string');
}
