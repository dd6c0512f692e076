// Builds a catalogue of reports: the batch pipeline of architecture.md.
//
//   inputs --collect--> dataset files --hash--> current? --yes--> skipped
//                                                  | no
//                                                  v
//                               workers: validate all --invalid--> listed, not built
//                                                  | valid
//                                                  v
//                               workers: load, forecast, render, write (temp + rename)
//                                                  |
//                               manifest.json, rewritten as reports finish
//
// A report that does not end current (invalid, failed, no longer an input)
// loses the files an earlier run wrote for it (stale.ts): the output folder
// holds no deliverable the manifest does not list as current.
//
// Only the hash step runs for a current report, so a no-op run costs a read,
// a sha256 and a stat per file (a JSON.parse only for a file that changed),
// and starts no worker.
// Everything after the hash of what reports share runs holding the output
// folder's lock (write/lock.ts): two batches on one folder would sweep each
// other's temporary files and overwrite each other's manifest.
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { VERSION } from '../version.js';
import { removeTempsOf } from '../write/atomic.js';
import { lockFolder } from '../write/lock.js';
import { collectDatasets } from './collect.js';
import { computeFingerprint } from './fingerprint.js';
import { readReportInputs } from './inputs.js';
import { byIdThenSource, createManifestWriter, readManifest, MANIFEST_NAME } from './manifest.js';
import { planReports, type Planned } from './plan.js';
import { checkSharedInputs } from './shared-inputs.js';
import { batchMessages } from './messages.js';
import { createWorkerPool, type WorkerPool } from './pool.js';
import type { WorkerResponse } from './protocol.js';
import type { RendererOptions } from './render-adapter.js';
import { earlierFiles, removeDropped, removeStale, staleContext, type StaleContext } from './stale.js';
import type { BatchCounts, BatchOptions, BatchResult, ManifestEntry, RemovedOutput } from './types.js';

const DEFAULT_FLUSH_MS = 200;
/** A report takes about a second; ten minutes means a hung renderer, not a slow one. */
const DEFAULT_REPORT_TIMEOUT_MS = 10 * 60_000;

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const prepared = await prepare(options);
  // From here on this run owns the output folder: its manifest, its temporary files.
  const lock = await lockFolder(options.outDir);
  try {
    return await build(options, prepared, started);
  } finally {
    await lock.release();
  }
}

interface Prepared {
  readonly sources: Awaited<ReturnType<typeof collectDatasets>>;
  readonly fingerprint: string;
  /** What workers render with: the user's templates folder and outline as absolute paths, with the other render options. */
  readonly workerOptions: RendererOptions;
}

/** Steps 1-2, which only read: nothing is written (no output folder made) for inputs that do not exist. */
async function prepare(options: BatchOptions): Promise<Prepared> {
  // Workers get the user's templates folder with the other render options; the hash takes its contents instead.
  const workerOptions = {
    ...options.renderOptions,
    ...(options.templatesDir ? { templatesDir: path.resolve(options.templatesDir) } : {}),
    ...(options.outlineFile ? { outlineFile: path.resolve(options.outlineFile) } : {}),
  };
  // A library caller gets the same checks as the CLI: a missing folder is never "no overrides", and a
  // template that does not compile or an outline with problems stops the run, reported once, not per report.
  const shared = await checkSharedInputs({
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    ...(options.outlineFile ? { outlineFile: options.outlineFile } : {}),
  });
  options.events?.onSharedInputs?.({ unusedTemplates: shared.unusedTemplates });
  // 1. collect the dataset files.
  const sources = await collectDatasets(options.inputs);
  // 2. hash what every report shares.
  const fingerprint = await computeFingerprint({
    ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}),
    ...(options.outlineFile ? { outlineFile: options.outlineFile } : {}),
    renderOptions: options.renderOptions ?? {},
  });
  return { sources, fingerprint, workerOptions };
}

async function build(options: BatchOptions, { sources, fingerprint, workerOptions }: Prepared, started: number): Promise<BatchResult> {
  const { outDir, events = {} } = options;
  // Read what the last run left.
  const previous = await readManifest(outDir);
  const warn = (warning: string) => (events.onWarning ? events.onWarning(warning) : process.emitWarning(warning));
  if (previous.unreadable) warn(batchMessages.manifestUnreadable(path.join(outDir, MANIFEST_NAME)));
  // A run killed while writing the manifest leaves its temporary file; nothing else would remove it.
  await removeTempsOf(path.join(outDir, MANIFEST_NAME));

  // 3. plan: which reports are current, which must be built.
  const planned = planReports(sources, { fingerprint, outDir, force: options.force === true, ...(previous.manifest ? { previous: previous.manifest } : {}) });
  const toBuild = planned.filter((p) => p.decision === 'build');
  // Before the first manifest write forgets them: the files of datasets no longer named, or known invalid.
  const stale = staleContext(outDir, previous.manifest, planned, warn);
  const removed: RemovedOutput[] = await removeDropped(stale, previous.manifest, planned);
  const retire = async (p: Planned, entry: ManifestEntry) => {
    const reason = entry.status === 'invalid' || entry.status === 'failed' ? entry.status : 'not written by its new build';
    const r = await removeStale(stale, { id: entry.id, source: p.source, reason }, earlierFiles(stale, p), entry.files);
    if (r) removed.push(r);
  };
  for (const p of planned) if (p.decision === 'invalid') await retire(p, finalEntry(p));
  const workers = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), toBuild.length));
  events.onPlan?.({
    total: planned.length,
    toBuild: toBuild.length,
    skipped: planned.filter((p) => p.decision === 'current').length,
    workers: toBuild.length > 0 ? workers : 0,
  });

  const writer = createManifestWriter(outDir, { product: `market-report ${VERSION}`, fingerprint }, planned.map((p) => initialEntry(p, stale)), options.manifestFlushMs ?? DEFAULT_FLUSH_MS);
  let pool: WorkerPool | undefined;
  try {
    if (toBuild.length > 0) {
      // Before any deliverable is replaced, the manifest stops vouching for the old files.
      // If it cannot be written, --out is unusable: say so now rather than after building everything.
      await writer.flush();
      writer.throwIfFailed();
      pool = createWorkerPool({
        size: workers,
        taskTimeoutMs: options.reportTimeoutMs ?? DEFAULT_REPORT_TIMEOUT_MS,
        ...(options.workerScript ? { script: options.workerScript } : {}),
      });
      const inFlight = pLimit(workers * 2); // bounds the dataset bytes and results held at once
      // 4. validate every report to build, so all invalid ones are known before the first build.
      await Promise.all(toBuild.map((p) => inFlight(() => validateOne(p, pool!, fingerprint, workerOptions.outlineFile))));
    }
    const invalid = planned.filter((p) => p.decision === 'invalid' || p.decision === 'failed').map(finalEntry);
    // Found invalid by validation: their earlier files go before the manifest stops listing them as pending.
    for (const p of toBuild) if (p.decision !== 'build') await retire(p, finalEntry(p));
    for (const entry of invalid) writer.set(entry);
    const valid = toBuild.filter((p) => p.decision === 'build');
    events.onValidated?.({ invalid: invalid.filter((e) => e.status === 'invalid'), toBuild: valid.length });

    // 5. build the valid ones; each finished report is recorded at once.
    const counts = { total: planned.length, built: 0, skipped: 0, failed: 0, invalid: 0 };
    for (const e of writer.snapshot().reports) if (e.status !== 'pending') counts[e.status] += 1;
    if (valid.length > 0) {
      const inFlight = pLimit(workers * 2);
      await Promise.all(
        valid.map((p) =>
          inFlight(async () => {
            const entry = await buildOne(p, pool!, fingerprint, outDir, workerOptions);
            await retire(p, entry);
            writer.set(entry);
            if (entry.status !== 'pending') counts[entry.status] += 1;
            events.onReport?.(entry, { ...counts });
          }),
        ),
      );
    }
  } finally {
    await pool?.close();
    await writer.flush(); // whatever finished is recorded, even if the run is failing
  }
  const manifest = await writer.close();
  removed.sort(byIdThenSource);
  return { manifest, removed, counts: countStatuses(manifest.reports), ms: performance.now() - started, manifestPath: path.join(outDir, MANIFEST_NAME) };
}

async function validateOne(p: Planned, pool: WorkerPool, fingerprint: string, outlineFile: string | undefined): Promise<void> {
  const blocked = p.blocked ?? [];
  const inputs = readReportInputs(p.source, fingerprint);
  if (!inputs.ok) return void Object.assign(p, { decision: 'invalid', problems: [...blocked, inputs.problem], hash: undefined });
  // A blocked file keeps no hash: its problem depends on other files, so the next run checks it again.
  if (blocked.length === 0) Object.assign(p, { hash: inputs.hash });
  const res = await pool.run({ type: 'validate', file: p.source, bytes: inputs.bytes, ...(outlineFile ? { outlineFile } : {}) });
  if (res.type === 'failed') return void Object.assign(p, { decision: 'failed', error: res.error });
  const own = res.type === 'validated' || res.type === 'invalid' ? res.problems : [];
  const problems = [...blocked, ...own, ...(inputs.logoProblem ? [inputs.logoProblem] : [])];
  if (problems.length > 0) Object.assign(p, { decision: 'invalid', problems });
}

async function buildOne(
  p: Planned,
  pool: WorkerPool,
  fingerprint: string,
  outDir: string,
  renderOptions: RendererOptions,
): Promise<ManifestEntry> {
  // Re-read and re-hash: the manifest must record the hash of the bytes actually built.
  const inputs = readReportInputs(p.source, fingerprint);
  if (!inputs.ok) return { id: p.id, source: p.source, status: 'invalid', files: [], problems: [inputs.problem] };
  const hash = inputs.hash;
  if (inputs.logoProblem) return { id: p.id, source: p.source, status: 'invalid', hash, files: [], problems: [inputs.logoProblem] };
  const res: WorkerResponse = await pool.run({ type: 'build', file: p.source, bytes: inputs.bytes, outDir, renderOptions });
  switch (res.type) {
    case 'built':
      return { id: res.reportId, source: p.source, status: 'built', hash, files: res.files, buildMs: res.ms };
    case 'invalid':
      return { id: p.id, source: p.source, status: 'invalid', hash, files: [], problems: res.problems };
    case 'failed':
      return { id: p.id, source: p.source, status: 'failed', files: [], error: res.error };
    default:
      return { id: p.id, source: p.source, status: 'failed', files: [], error: { name: 'ProtocolError', message: `unexpected worker reply "${res.type}"` } };
  }
}

function initialEntry(p: Planned, stale: StaleContext): ManifestEntry {
  if (p.decision === 'current' && p.previous) return { ...p.previous, source: p.source, status: 'skipped' };
  // Pending, it keeps naming its earlier files: if this run is killed, the next one still knows to replace or remove them.
  if (p.decision === 'build') return { id: p.id, source: p.source, status: 'pending', files: earlierFiles(stale, p) };
  return finalEntry(p);
}

function finalEntry(p: Planned): ManifestEntry {
  if (p.decision === 'failed') return { id: p.id, source: p.source, status: 'failed', files: [], ...(p.error ? { error: p.error } : {}) };
  // With a hash, the next run knows these bytes are invalid without validating them again.
  return { id: p.id, source: p.source, status: 'invalid', ...(p.hash ? { hash: p.hash } : {}), files: [], problems: p.problems ?? [] };
}

function countStatuses(reports: readonly ManifestEntry[]): BatchCounts {
  const counts = { total: reports.length, built: 0, skipped: 0, failed: 0, invalid: 0 };
  for (const r of reports) if (r.status !== 'pending') counts[r.status] += 1;
  return counts;
}
