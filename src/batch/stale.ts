// Removes deliverables the manifest no longer vouches for: the output folder
// never holds a report's files unless the manifest lists them as current.
// A report's earlier files go when its dataset turns invalid, its build
// fails, its dataset is no longer among the inputs, or a new build no longer
// writes them (its id changed). Only files an earlier manifest listed are
// removed (with the temporary files a killed write of them left): never
// anything else a user keeps in the folder.
//
// Crash safety: the manifest on disk keeps naming the files until they are
// gone. A report being rebuilt stays 'pending' with its earlier files listed
// (initialEntry), and its final entry is recorded only after the removal; a
// report that left the inputs is dropped from the manifest only by the first
// write of the run, after its files were removed. A kill in between leaves
// the names in the manifest, and the next run removes them (or finds them gone).
import { rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { removeTempsOf } from '../write/atomic.js';
import { batchMessages } from './messages.js';
import type { Planned } from './plan.js';
import type { Manifest, ManifestFile, RemovedOutput } from './types.js';

/** A deliverable's name as the batch writes it: "<id>/<file>", nothing else (not manifest.json, not the lock, not "./x"). */
const isDeliverable = (name: string) => {
  const parts = name.split('/');
  return parts.length === 2 && parts.every((p) => p !== '' && p !== '.' && p !== '..' && !p.includes('\\'));
};

export interface StaleContext {
  readonly outDir: string;
  /** Files the previous manifest listed, per source (whatever that entry's status). */
  readonly previousBySource: ReadonlyMap<string, readonly ManifestFile[]>;
  /** The report folders this run keeps (current or to be built), with the source that owns each. */
  readonly liveFolders: ReadonlyMap<string, string>;
  /** Told of a file that could not be removed (no permission): the run goes on, the file stays. */
  readonly warn: (message: string) => void;
}

export function staleContext(outDir: string, previous: Manifest | undefined, planned: readonly Planned[], warn: (message: string) => void): StaleContext {
  const previousBySource = new Map<string, readonly ManifestFile[]>();
  for (const e of previous?.reports ?? []) if (e.files.length > 0) previousBySource.set(e.source, e.files);
  const liveFolders = new Map<string, string>();
  for (const p of planned) if (p.decision === 'current' || p.decision === 'build') liveFolders.set(p.id, p.source);
  return { outDir, previousBySource, liveFolders, warn };
}

/** What an earlier run wrote for this report: the files of its source's entry and of its id's last build. */
export function earlierFiles(ctx: StaleContext, p: Planned): ManifestFile[] {
  const byName = new Map<string, ManifestFile>();
  for (const f of [...(ctx.previousBySource.get(p.source) ?? []), ...(p.previous?.files ?? [])]) byName.set(f.name, f);
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Removes `earlier` files of the report from `source` that its new entry does
 * not list (`kept`). A file in a folder another report of this run owns is
 * left to that report: its build replaces it, or its own retirement removes it.
 */
export async function removeStale(
  ctx: StaleContext,
  report: { readonly id: string; readonly source: string; readonly reason: RemovedOutput['reason'] },
  earlier: readonly ManifestFile[],
  kept: readonly ManifestFile[] = [],
): Promise<RemovedOutput | undefined> {
  const keep = new Set(kept.map((f) => f.name));
  const removed: string[] = [];
  const folders = new Set<string>();
  for (const { name } of earlier) {
    if (keep.has(name) || !isDeliverable(name)) continue;
    const folder = name.slice(0, name.indexOf('/'));
    const owner = ctx.liveFolders.get(folder);
    if (owner !== undefined && owner !== report.source) continue;
    folders.add(folder);
    if (await unlinkIfThere(ctx, path.join(ctx.outDir, name))) removed.push(name);
    await removeTempsOf(path.join(ctx.outDir, name));
  }
  // A folder the batch emptied goes too; one that still holds a user's file stays.
  for (const folder of folders) await rmdir(path.join(ctx.outDir, folder)).catch(() => undefined);
  return removed.length > 0 ? { id: report.id, source: report.source, reason: report.reason, files: removed } : undefined;
}

/** Earlier files of sources this run no longer names. */
export async function removeDropped(ctx: StaleContext, previous: Manifest | undefined, planned: readonly Planned[]): Promise<RemovedOutput[]> {
  const named = new Set(planned.map((p) => p.source));
  const out: RemovedOutput[] = [];
  for (const e of previous?.reports ?? []) {
    if (named.has(e.source) || e.files.length === 0) continue;
    const r = await removeStale(ctx, { id: e.id, source: e.source, reason: 'not in the inputs' }, e.files);
    if (r) out.push(r);
  }
  return out;
}

async function unlinkIfThere(ctx: StaleContext, file: string): Promise<boolean> {
  try {
    await unlink(file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // Gone, or a user's folder or file in the way: not the batch's.
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') ctx.warn(batchMessages.staleNotRemoved(file, String(code ?? e)));
    return false;
  }
}
