import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET_FILE, defaultRaw } from '../fixtures.js';
import { run } from './capture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mr-build-'));
const ID = 'medical-second-opinion';

describe('market-report build', () => {
  it('writes the four deliverables, byte-identical on a second build, and nothing else', async () => {
    const [a, b] = [path.join(dir, 'a'), path.join(dir, 'b')];
    const first = await run('build', DEFAULT_DATASET_FILE, '--out', a);
    expect(first.code, first.stderr).toBe(0);
    expect((await run('build', DEFAULT_DATASET_FILE, '--out', b)).code).toBe(0);
    const names = readdirSync(path.join(a, ID)).sort();
    expect(names).toEqual([`${ID}-excerpt.html`, `${ID}-sample.pdf`, `${ID}.pdf`, `${ID}.xlsx`]);
    for (const name of names) {
      expect(readFileSync(path.join(b, ID, name)).equals(readFileSync(path.join(a, ID, name))), name).toBe(true);
    }
    expect(readFileSync(path.join(a, ID, `${ID}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(path.join(a, ID, `${ID}.xlsx`)).subarray(0, 2).toString()).toBe('PK');
    expect(first.stdout.trim().split('\n')).toHaveLength(4);
  });

  it('writes nothing for an invalid dataset and exits 1 naming the problem', async () => {
    const d = defaultRaw();
    d.narrative.definition = 'TODO';
    const f = path.join(dir, 'bad.json');
    writeFileSync(f, JSON.stringify(d));
    const out = path.join(dir, 'bad-out');
    const r = await run('build', f, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${f}: narrative.definition: contains placeholder text "TODO"`);
    expect(() => readdirSync(out)).toThrow();
  });

  it('builds only the sample with `sample`, and names the file and path of a bad sample chapter', async () => {
    const out = path.join(dir, 'sample');
    // What a build interrupted by Ctrl-C left behind: a temporary file of a process that has ended.
    const ended = spawnSync(process.execPath, ['-e', '0']).pid;
    mkdirSync(path.join(out, ID), { recursive: true });
    writeFileSync(path.join(out, ID, `${ID}.pdf.${ended}.3.tmp`), '%PDF-1.7 half');
    const ok = await run('sample', DEFAULT_DATASET_FILE, '--out', out);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readdirSync(path.join(out, ID))).toEqual([`${ID}-sample.pdf`]);
    const d = defaultRaw();
    d.sample = { chapters: [1, 42] };
    const f = path.join(dir, 'bad-sample.json');
    writeFileSync(f, JSON.stringify(d));
    const r = await run('sample', f, '--out', path.join(dir, 'bad-sample'));
    expect(r.code).toBe(1);
    // Caught at validation now (against the outline in use), listed like any other problem.
    expect(r.stderr).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: sample\\.chapters\\[1\\]: 42 is not a chapter`, 'm'));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
