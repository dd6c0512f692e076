// Canonical JSON: object keys sorted at every level and undefined members
// left out, so equal values serialise (and hash) equally whatever order their
// keys were built in. For content hashes: chart specs (src/charts/cache.ts)
// and the batch's render options (src/batch/fingerprint.ts).
// Imports nothing: the main thread of a batch calls it.

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
