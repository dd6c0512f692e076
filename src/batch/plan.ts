// Decides, from hashes alone, what a run must do with each dataset file:
// skip it (current), build it, or list it as invalid without asking a worker
// (unreadable, an id another file already uses, or bytes already known bad).
import path from 'node:path';
import { isCurrent } from './manifest.js';
import { readReportInputs } from './inputs.js';
import { batchMessages } from './messages.js';
import type { Manifest, ManifestEntry, PlainError, ProblemRecord } from './types.js';

export interface Planned {
  readonly source: string;
  readonly id: string;
  hash?: string;
  /** The previous run's entry for this id, when it built it. */
  readonly previous?: ManifestEntry;
  decision: 'current' | 'build' | 'invalid' | 'failed';
  /**
   * Problems found before validation that forbid the build whatever the
   * validator says (an id another file uses). The file is still validated, so
   * its own problems are listed with them; it is never built.
   */
  blocked?: readonly ProblemRecord[];
  problems?: readonly ProblemRecord[];
  error?: PlainError;
}

interface PlanContext {
  readonly fingerprint: string;
  readonly outDir: string;
  readonly force: boolean;
  readonly previous?: Manifest;
}

export function planReports(sources: readonly string[], ctx: PlanContext): Planned[] {
  const builtById = new Map<string, ManifestEntry>();
  const bySource = new Map<string, ManifestEntry>();
  for (const e of ctx.previous?.reports ?? []) {
    if (!e.hash) continue;
    bySource.set(e.source, e);
    if (e.status === 'built' || e.status === 'skipped') builtById.set(e.id, e);
  }
  const planned = sources.map((source) => planOne(source, ctx, builtById, bySource.get(source)));
  rejectDuplicateIds(planned);
  return planned;
}

function planOne(source: string, ctx: PlanContext, builtById: Map<string, ManifestEntry>, last: ManifestEntry | undefined): Planned {
  const inputs = readReportInputs(source, ctx.fingerprint);
  if (!inputs.ok) return { source, id: fallbackId(source), decision: 'invalid', problems: [inputs.problem] };
  const { hash } = inputs;
  // Same bytes as last time: same id, so no need to parse the file to learn it.
  const sameBytes = last?.hash === hash;
  const id = sameBytes ? last!.id : (inputs.declaredId() ?? fallbackId(source));
  // Same bytes under the same fingerprint are invalid again: no need to ask a worker.
  if (sameBytes && last!.status === 'invalid') return { source, id, hash, decision: 'invalid', problems: last!.problems ?? [] };
  const previous = builtById.get(id);
  const current = !ctx.force && !inputs.logoProblem && isCurrent(previous, hash, ctx.outDir);
  return { source, id, hash, ...(previous ? { previous } : {}), decision: current ? 'current' : 'build' };
}

/**
 * Two datasets with one id would write into one folder: the first (by path)
 * keeps it, the others are invalid. They still go to validation ('build' with
 * `blocked`), so the listing shows each one's own problems too.
 */
function rejectDuplicateIds(planned: Planned[]): void {
  const firstById = new Map<string, string>();
  for (const p of planned) {
    if (p.decision === 'invalid') continue;
    const first = firstById.get(p.id);
    if (first === undefined) firstById.set(p.id, p.source);
    // No hash: a clash depends on the other files, not on these bytes, so it is checked again next run.
    else Object.assign(p, { decision: 'build', hash: undefined, blocked: [{ path: 'id', message: batchMessages.duplicateId(p.id, first) }] });
  }
}

const fallbackId = (source: string) => path.basename(source, '.json');
