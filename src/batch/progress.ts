// Progress of a batch on stderr. On a terminal: one live line, redrawn at most
// every 100 ms, with a bar, counts, rate and ETA. Elsewhere (CI logs): a plain
// line every few seconds, so a log shows the run is alive without a line per report.
import { shownLines } from '../messages.js';
import type { BatchCounts, BatchEvents } from './types.js';

interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

interface ProgressOptions {
  /** Clock for rate and ETA (ms). Progress is display only; it never reaches a deliverable. */
  readonly now?: () => number;
  /** Minimum ms between two plain lines (default 5000). */
  readonly plainIntervalMs?: number;
}

export interface Progress extends Required<Omit<BatchEvents, 'onSharedInputs'>> {
  /** Ends the live line (TTY) or writes a last plain line. */
  finish(): void;
}

const BAR_WIDTH = 24;
const TTY_INTERVAL_MS = 100;

export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  const now = options.now ?? (() => performance.now());
  const tty = stream.isTTY === true;
  const interval = tty ? TTY_INTERVAL_MS : (options.plainIntervalMs ?? 5000);
  let total = 0;
  let toBuild = 0;
  let counts: BatchCounts = { total: 0, built: 0, skipped: 0, failed: 0, invalid: 0 };
  let buildStart = now();
  let worked = 0; // reports this run built or failed: the ones that cost time
  let lastDraw = -Infinity;
  let drawn = false;

  const line = (): string => {
    const done = counts.built + counts.skipped + counts.failed + counts.invalid;
    const elapsed = (now() - buildStart) / 1000;
    const rate = elapsed > 0 ? worked / elapsed : 0;
    const remaining = Math.max(0, toBuild - worked);
    const eta = rate > 0 ? formatSeconds(remaining / rate) : '?';
    const tally = `built ${counts.built}, skipped ${counts.skipped}, failed ${counts.failed}, invalid ${counts.invalid}`;
    const speed = `${rate.toFixed(1)}/s, ETA ${remaining === 0 ? '0s' : eta}`;
    if (!tty) return `batch: ${done}/${total} reports (${tally}), ${speed}\n`;
    const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
    return `\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${tally} | ${speed}`;
  };
  const draw = (force: boolean) => {
    if (!force && now() - lastDraw < interval) return;
    lastDraw = now();
    drawn = true;
    stream.write(line());
  };

  return {
    onPlan(plan) {
      total = plan.total;
      toBuild = plan.toBuild;
      counts = { ...counts, total: plan.total, skipped: plan.skipped };
      buildStart = now();
      const where = plan.toBuild > 0 ? ` on ${plan.workers} ${plan.workers === 1 ? 'worker' : 'workers'}` : '';
      const known = plan.total - plan.skipped - plan.toBuild; // unreadable, duplicate ids, bytes already known invalid
      const invalid = known > 0 ? `, ${known} invalid` : '';
      stream.write(`batch: ${plan.total} ${plan.total === 1 ? 'report' : 'reports'}, ${plan.skipped} current${invalid}, ${plan.toBuild} to validate and build${where}\n`);
    },
    onValidated(result) {
      counts = { ...counts, invalid: counts.invalid + result.invalid.length };
      toBuild = result.toBuild;
      buildStart = now(); // the rate counts build time, not validation
    },
    onReport(_entry, latest) {
      counts = latest;
      worked += 1;
      draw(worked === toBuild);
    },
    onWarning(message) {
      // On its own line: a live bar is cleared first and redrawn by the next report.
      stream.write(`${tty && drawn ? '\r\x1b[2K' : ''}market-report: warning: ${shownLines(message)}\n`);
    },
    finish() {
      if (tty && drawn) stream.write('\n'); // the last report always draws, so a plain log is complete too
    },
  };
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
