// DIR/manifest.json: what the output folder holds and how it was made. Read at
// the start of a run to find current reports, rewritten (atomically, and
// throttled) as reports finish, so a killed run still records its progress.
// Its invariant: every file it lists is on disk with that size and sha256,
// or the report's status is 'pending': a build was replacing it, and the files
// listed are the earlier ones, which the next run replaces or removes
// (stale.ts). No other file of the batch's is in the folder.
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../write/atomic.js';
import type { Manifest, ManifestEntry } from './types.js';

export const MANIFEST_NAME = 'manifest.json';

/** The previous run's manifest, or undefined when there is none or it cannot be read. */
export async function readManifest(outDir: string): Promise<{ manifest?: Manifest; unreadable: boolean }> {
  let text: string;
  try {
    text = await readFile(path.join(outDir, MANIFEST_NAME), 'utf8');
  } catch {
    return { unreadable: false };
  }
  try {
    const json = JSON.parse(text) as Partial<Manifest> | null;
    if (json?.manifestVersion !== 1 || !Array.isArray(json.reports) || !json.reports.every(isEntry)) return { unreadable: true };
    return { manifest: json as Manifest, unreadable: false };
  } catch {
    return { unreadable: true };
  }
}

const STATUSES = new Set(['built', 'skipped', 'failed', 'invalid', 'pending']);
const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `v` has the shape serializeManifest writes. A manifest edited by
 * hand or damaged on disk may not: one bad entry makes the whole manifest
 * unreadable (every report is rebuilt) rather than trusted in part.
 */
function isEntry(v: unknown): v is ManifestEntry {
  if (!isObject(v) || !isString(v.id) || !isString(v.source) || !STATUSES.has(v.status as string)) return false;
  if (v.hash !== undefined && !isString(v.hash)) return false;
  if (v.buildMs !== undefined && typeof v.buildMs !== 'number') return false;
  if (v.error !== undefined && !(isObject(v.error) && isString(v.error.name) && isString(v.error.message))) return false;
  if (v.problems !== undefined && !(Array.isArray(v.problems) && v.problems.every((p) => isObject(p) && isString(p.path) && isString(p.message)))) return false;
  // A file's name is a path inside the output folder, never above it.
  const isFile = (f: unknown) =>
    isObject(f) && isString(f.name) && !path.isAbsolute(f.name) && !f.name.split(/[\\/]/).includes('..') && Number.isSafeInteger(f.bytes) && isString(f.sha256);
  return Array.isArray(v.files) && v.files.every(isFile);
}

/**
 * Whether `entry` describes deliverables built from exactly `hash` that are
 * still all there. A size check per file keeps a no-op run to one stat per
 * file; a file that was deleted or truncated makes its report stale.
 */
export function isCurrent(entry: ManifestEntry | undefined, hash: string, outDir: string): boolean {
  if (!entry || entry.hash !== hash || entry.files.length === 0) return false;
  if (entry.status !== 'built' && entry.status !== 'skipped') return false;
  return entry.files.every((f) => {
    const info = statSync(path.join(outDir, f.name), { throwIfNoEntry: false });
    return info !== undefined && info.isFile() && info.size === f.bytes;
  });
}

/** Fixed key order and sorted reports, so equal content gives equal bytes (build times aside). */
function serializeManifest(manifest: Manifest): string {
  const reports = [...manifest.reports].sort(byIdThenSource).map((r) => ({
    id: r.id,
    source: r.source,
    status: r.status,
    ...(r.hash !== undefined ? { hash: r.hash } : {}),
    files: r.files.map((f) => ({ name: f.name, bytes: f.bytes, sha256: f.sha256 })),
    ...(r.buildMs !== undefined ? { buildMs: Math.round(r.buildMs * 10) / 10 } : {}),
    ...(r.error !== undefined ? { error: { name: r.error.name, message: r.error.message } } : {}),
    ...(r.problems !== undefined ? { problems: r.problems.map((p) => ({ path: p.path, message: p.message })) } : {}),
  }));
  const out = { manifestVersion: manifest.manifestVersion, product: manifest.product, fingerprint: manifest.fingerprint, reports };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export function byIdThenSource(a: Pick<ManifestEntry, 'id' | 'source'>, b: Pick<ManifestEntry, 'id' | 'source'>): number {
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

interface ManifestWriter {
  /** Records an entry (replacing the one for the same source file) and schedules a write. */
  set(entry: ManifestEntry): void;
  /** Writes now, after any write in progress. */
  flush(): Promise<void>;
  /** Final write; rejects if any write failed. */
  close(): Promise<Manifest>;
  /** Throws the first write failure so far, if any (e.g. --out is a file). */
  throwIfFailed(): void;
  snapshot(): Manifest;
}

/**
 * Keeps the manifest in memory and writes it at most every `flushMs`, or
 * every 20 write-times when that is longer: a write per report would cost an
 * fsync per report, and a catalogue of thousands makes every write bigger, so
 * the pause grows with it and writing stays under ~5 % of the main thread.
 * Losing the last pause's records to a kill only means those reports are
 * built again.
 */
export function createManifestWriter(
  outDir: string,
  header: Pick<Manifest, 'product' | 'fingerprint'>,
  entries: readonly ManifestEntry[],
  flushMs: number,
): ManifestWriter {
  const file = path.join(outDir, MANIFEST_NAME);
  const byKey = new Map(entries.map((e) => [keyOf(e), e]));
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown;
  let timer: NodeJS.Timeout | undefined;
  let lastWrite = -Infinity;
  let pause = flushMs;

  const snapshot = (): Manifest => ({ manifestVersion: 1, ...header, reports: [...byKey.values()].sort(byIdThenSource) });
  const write = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    lastWrite = performance.now();
    chain = chain
      .then(async () => {
        const t0 = performance.now();
        await writeAtomic(file, Buffer.from(serializeManifest(snapshot())));
        if (flushMs > 0) pause = Math.max(flushMs, 20 * (performance.now() - t0)); // 0: after every report, as asked
      })
      .catch((e: unknown) => {
        failure ??= e;
      });
    return chain;
  };

  return {
    set(entry) {
      byKey.set(keyOf(entry), entry);
      if (timer) return;
      timer = setTimeout(write, Math.max(0, lastWrite + pause - performance.now()));
    },
    flush: write,
    async close() {
      await write();
      if (failure) throw failure;
      return snapshot();
    },
    throwIfFailed() {
      if (failure) throw failure;
    },
    snapshot,
  };
}

/** A run lists each source file once; its id may change if the file is edited mid-run. */
const keyOf = (e: ManifestEntry) => e.source;
