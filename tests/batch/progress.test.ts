// Progress display: a live bar on a terminal, sparse plain lines elsewhere.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/batch/progress.js';
import type { BatchCounts, ManifestEntry } from '../../src/batch/types.js';

const entry = { id: 'x', source: 'x.json', status: 'built', files: [] } as ManifestEntry;

function drive(isTTY: boolean, plainIntervalMs?: number) {
  const writes: string[] = [];
  let clock = 0;
  const progress = createProgress({ write: (t: string) => writes.push(t), isTTY }, { now: () => clock, ...(plainIntervalMs !== undefined ? { plainIntervalMs } : {}) });
  progress.onPlan({ total: 12, toBuild: 10, skipped: 2, workers: 2 });
  progress.onValidated({ invalid: [], toBuild: 10 });
  const counts: BatchCounts = { total: 12, built: 0, skipped: 2, failed: 0, invalid: 0 };
  for (let i = 1; i <= 10; i++) {
    clock += 500; // one report every half second: 2 reports/s
    progress.onReport(entry, { ...counts, built: i });
  }
  progress.finish();
  return writes;
}

describe('batch progress', () => {
  it('draws a live bar with counts, rate and ETA on a TTY', () => {
    const writes = drive(true);
    const bars = writes.filter((w) => w.startsWith('\r'));
    expect(bars.length).toBe(10);
    // After 4 of 10 builds at 2/s: 6 left, 3 s to go; the bar is 6/12 full (2 skipped + 4 built).
    expect(bars[3]).toContain('6/12');
    expect(bars[3]).toContain('2.0/s, ETA 3s');
    expect(bars[3]).toMatch(/\[#{12}-{12}\]/);
    expect(bars[9]).toMatch(/\[#{24}\] 12\/12 built 10, skipped 2/);
    expect(writes[writes.length - 1]).toBe('\n');
  });

  it('writes plain, newline-terminated lines at most once per interval elsewhere, and always the last', () => {
    const writes = drive(false, 2000);
    expect(writes.some((w) => w.includes('\r') || w.includes('\x1b'))).toBe(false);
    expect(writes.every((w) => w.endsWith('\n'))).toBe(true);
    const lines = writes.filter((w) => w.startsWith('batch: ') && w.includes('/12 reports'));
    // 5 s of builds at one line per 2 s: the first, two more, and the final one.
    expect(lines.length).toBe(4);
    expect(lines[lines.length - 1]).toContain('12/12 reports (built 10, skipped 2, failed 0, invalid 0)');
    expect(writes[0]).toContain('12 reports, 2 current, 10 to validate and build on 2 workers');
  });

  it('prints a warning on a line of its own, clearing a live bar first', () => {
    const writes: string[] = [];
    const progress = createProgress({ write: (t: string) => writes.push(t), isTTY: true }, { now: () => 0 });
    progress.onWarning('m.json cannot be read');
    progress.onPlan({ total: 1, toBuild: 1, skipped: 0, workers: 1 });
    progress.onReport(entry, { total: 1, built: 1, skipped: 0, failed: 0, invalid: 0 });
    progress.onWarning('again');
    expect(writes[0]).toBe('market-report: warning: m.json cannot be read\n');
    expect(writes.at(-1)).toBe('\r\x1b[2Kmarket-report: warning: again\n');
  });
});
