import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from '../../src/load/index.js';
import { DEFAULT_DATASET_FILE, defaultRaw, segmentsGrowWithMarket } from '../fixtures.js';
import { run } from './capture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mr-cli-'));
function datasetFile(name: string, mutate: (d: Record<string, any>) => void): string {
  const d = defaultRaw();
  mutate(d);
  const f = path.join(dir, name);
  writeFileSync(f, JSON.stringify(d, null, 2));
  return f;
}

describe('market-report validate', () => {
  it('exits 0 for the default dataset', async () => {
    const r = await run('validate', DEFAULT_DATASET_FILE);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('1 file valid (0 errors, 0 warnings)\n');
  });

  it('prints every problem as FILE: json.path: message and exits 1', async () => {
    const bad = datasetFile('bad.json', (d) => {
      d.segmentations[0].segments[0].share = 0.76;
      d.narrative.faq = [{ question: 'What is the CAGR?', answer: 'A CAGR of XX% to 2030.' }];
    });
    const r = await run('validate', bad);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      `${bad}: segmentations[0].segments: segment shares sum to 130 %; they must sum to 100 % (within 0.5 %)`,
      `${bad}: narrative.faq[0].answer: contains placeholder text "XX%": replace it with the real content before publishing`,
    ]);
    expect(r.stderr).toBe('1 of 1 file invalid (2 errors, 0 warnings)\n');
  });

  it('checks every file given and fails if any is invalid', async () => {
    const bad = datasetFile('dup.json', (d) => d.companies.push({ name: 'Penn Medicine' }));
    const r = await run('validate', DEFAULT_DATASET_FILE, bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${bad}: companies[18].name: company "Penn Medicine" is listed twice (first at companies[11])\n`);
    expect(r.stderr).toMatch(/^1 of 2 files invalid/);
  });

  it('names line and column for invalid JSON', async () => {
    const f = path.join(dir, 'syntax.json');
    writeFileSync(f, '{\n  "id": "x"\n  "title": "y"\n}\n');
    const r = await run('validate', f);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${f}: line 3, column 3: invalid JSON: unexpected "\\"": expected "," or "}"\n`);
  });

  it('marks warnings as such and still exits 0', async () => {
    const f = datasetFile('weak-trend.json', (d) => {
      d.market.forecast = { method: 'trend' };
      d.market.history = [3, 5, 2.5, 4.8, 3.1, 4.92].map((value, i) => ({ year: 2018 + i, value }));
      delete d.market.published;
      segmentsGrowWithMarket(d);
    });
    const r = await run('validate', f);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: market\\.forecast\\.method: warning: the trend fitted`));
  });

  it('prints a machine-readable result with --json', async () => {
    const bad = datasetFile('json.json', (d) => (d.id = '../x'));
    const r = await run('validate', '--json', DEFAULT_DATASET_FILE, bad);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.files).toHaveLength(2);
    expect(out.files[0]).toEqual({ file: DEFAULT_DATASET_FILE, valid: true, errors: [], warnings: [] });
    expect(out.files[1].errors[0].path).toBe('id');
  });

  it('exits 2 with usage for a usage error, without a stack trace', async () => {
    for (const argv of [['validate'], ['validate', '--bogus', 'x.json'], ['frobnicate'], []]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr + r.stdout).toMatch(/Usage: market-report/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reports a missing file as a problem of that file', async () => {
    const r = await run('validate', path.join(dir, 'missing.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${path.join(dir, 'missing.json')}: (root): file not found\n`);
  });
});

describe('market-report schema', () => {
  it('prints the exported JSON Schema', async () => {
    const r = await run('schema');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(exportJsonSchema());
  });
});

describe('market-report model', () => {
  it('prints the Model as JSON with the documented fields', async () => {
    const r = await run('model', DEFAULT_DATASET_FILE);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m.market.series).toHaveLength(13);
    expect(m.market.series[12]).toEqual({ year: 2030, value: expect.closeTo(9.2868, 4), actual: false });
    expect(m.market.cagr).toBeCloseTo(0.095, 10);
    expect(m.segmentations.map((s: { id: string }) => s.id)).toEqual(['type', 'application', 'region']);
  });
  it('refuses an invalid dataset with its problems and exit 1, no stack', async () => {
    const bad = datasetFile('model-bad.json', (d) => (d.market.history[0].value = -1));
    const r = await run('model', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}: market.history[0].value: must be greater than 0`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
