// The batch command end to end, in process (workers run dist/batch/worker.js):
// invalid datasets isolated, and the content hash deciding exactly what is rebuilt.
import { readFile, rm, unlink, utimes, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchCommand } from '../../src/cli/batch.js';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import { captureIO, catalogue, countStatus, expectManifestTruthful, inodes, listFiles, readManifestFile, removeScratch, scratch, statuses } from './helpers.js';

const VALID = 6;

describe('batch: isolation and incremental rebuilds', () => {
  afterAll(removeScratch);

  let root: string;
  let data: string;
  let out: string;
  let templates: string;
  let files: string[];
  let badFile: string;

  const run = async (...extra: string[]) => {
    const cap = captureIO();
    const code = await batchCommand([data, '--out', out, '--templates', templates, '--workers', '2', ...extra], cap.io);
    return { code, stdout: cap.stdout(), stderr: cap.stderr(), manifest: await readManifestFile(out) };
  };

  beforeAll(async () => {
    root = await scratch('incremental');
    data = path.join(root, 'data');
    out = path.join(root, 'out');
    templates = path.join(root, 'templates');
    files = await catalogue(data, VALID, 11);
    await mkdir(path.join(templates, 'report'), { recursive: true });
    await writeFile(path.join(templates, 'report', 'overview.hbs'), 'The market was worth {{money base}}.\n');
    // An invalid dataset: a placeholder title and shares that do not sum to 1.
    const bad = generateDataset(11, 99) as Record<string, any>;
    bad.id = 'broken-market';
    bad.title = 'TBD Market';
    bad.segmentations[0].segments[0].share += 0.2;
    badFile = path.join(data, 'broken-market.json');
    await writeFile(badFile, JSON.stringify(bad, null, 2));
    // Not datasets: must be ignored.
    await writeFile(path.join(data, 'report.schema.json'), '{"type":"object"}');
    await writeFile(path.join(data, 'notes.txt'), 'not json');
  });

  it('builds every valid dataset, names the invalid one with its problems, and exits 1', async () => {
    const r = await run();
    expect(r.code).toBe(1);
    expect(countStatus(r.manifest, 'built')).toBe(VALID);
    expect(r.manifest.reports.find((e) => e.source.endsWith('broken-market.json'))?.status).toBe('invalid');
    // The listing names the file and each problem, like `validate` does.
    const badLines = r.stdout.split('\n').filter((l) => l.startsWith(badFile.split(path.sep).join('/')));
    expect(badLines.some((l) => /title: .*TBD/.test(l))).toBe(true);
    expect(badLines.some((l) => /segmentations\[0\]\.segments: .*sum/.test(l))).toBe(true);
    expect(r.stdout).toMatch(/invalid\s+1/);
    expect(r.stdout).toMatch(new RegExp(`built\\s+${VALID}\\n`));
    expect(await expectManifestTruthful(out, r.manifest)).toEqual([]);
    // One folder per valid report, nothing for the invalid one, no temporary files.
    const written = await listFiles(out);
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(new Set(written.filter((f) => f.includes('/')).map((f) => f.split('/')[0])).size).toBe(VALID);
    expect(written.some((f) => f.startsWith('broken-market/'))).toBe(false);
  });

  it('rebuilds nothing when nothing changed (and does not rewrite a single file)', async () => {
    const before = await readManifestFile(out);
    const ino = await inodes(out, before);
    const r = await run();
    expect(countStatus(r.manifest, 'built')).toBe(0);
    expect(countStatus(r.manifest, 'skipped')).toBe(VALID);
    expect(countStatus(r.manifest, 'invalid')).toBe(1); // still reported, still exit 1
    expect(r.code).toBe(1);
    expect(await inodes(out, r.manifest)).toEqual(ino);
    expect(r.stderr).toContain(`${VALID} current, 1 invalid, 0 to validate and build`); // known bad bytes: no worker asked
  });

  it('ignores a touch that does not change the bytes', async () => {
    await utimes(files[0]!, new Date(), new Date(Date.now() + 60_000));
    const r = await run();
    expect(countStatus(r.manifest, 'built')).toBe(0);
  });

  it('rebuilds exactly the one dataset whose content changed; exit 0 once the invalid one is fixed away', async () => {
    await rm(badFile);
    const changed = files[2]!;
    const json = JSON.parse(await readFile(changed, 'utf8'));
    json.title = `${json.title} (Second Edition)`;
    await writeFile(changed, JSON.stringify(json, null, 2));
    const before = await readManifestFile(out);
    const ino = await inodes(out, before);
    const r = await run();
    expect(r.code).toBe(0);
    const built = r.manifest.reports.filter((e) => e.status === 'built').map((e) => e.source);
    expect(built).toEqual([changed.split(path.sep).join('/')]);
    // The changed report's files are new; every other file is untouched.
    const after = await inodes(out, r.manifest);
    const rewritten = Object.keys(after).filter((f) => after[f] !== ino[f]);
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.every((f) => f.startsWith(`${json.id}/`))).toBe(true);
    const page = await readFile(path.join(out, `${json.id}/${json.id}-excerpt.html`), 'utf8');
    expect(page).toContain('(Second Edition)');
  });

  it('rebuilds every report when a template changes', async () => {
    await writeFile(path.join(templates, 'report', 'overview.hbs'), 'The market reached {{money base}} in {{baseYear}}.\n');
    const r = await run();
    expect(countStatus(r.manifest, 'built')).toBe(VALID);
    const again = await run();
    expect(countStatus(again.manifest, 'built')).toBe(0);
  });

  it('rebuilds only the report whose output file was deleted, restoring the same bytes', async () => {
    const before = await readManifestFile(out);
    const victim = before.reports[3]!;
    const file = victim.files[0]!;
    const bytes = await readFile(path.join(out, file.name));
    await unlink(path.join(out, file.name));
    const r = await run();
    expect(r.manifest.reports.filter((e) => e.status === 'built').map((e) => e.id)).toEqual([victim.id]);
    expect(await readFile(path.join(out, file.name))).toEqual(bytes);
  });

  it('rebuilds a report whose output was truncated (size no longer matches)', async () => {
    const before = await readManifestFile(out);
    const victim = before.reports[1]!;
    await writeFile(path.join(out, victim.files[0]!.name), '{');
    const r = await run();
    expect(r.manifest.reports.filter((e) => e.status === 'built').map((e) => e.id)).toEqual([victim.id]);
    expect(await expectManifestTruthful(out, r.manifest)).toEqual([]);
  });

  it('--force rebuilds everything; --json reports it as data', async () => {
    const r = await run('--force', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(true);
    expect(json.counts).toMatchObject({ total: VALID, built: VALID, skipped: 0, failed: 0, invalid: 0 });
    expect(json.reports).toHaveLength(VALID);
    expect(Object.values(statuses(r.manifest))).toEqual(Array(VALID).fill('built'));
  });

  it('writes a deterministic manifest: a clean build elsewhere gives the same one, build times aside', async () => {
    const otherOut = path.join(root, 'out-again');
    const cap = captureIO();
    expect(await batchCommand([data, '--out', otherOut, '--templates', templates, '--workers', '1'], cap.io)).toBe(0);
    const strip = (m: Awaited<ReturnType<typeof readManifestFile>>) => ({ ...m, reports: m.reports.map(({ buildMs: _ms, ...rest }) => rest) });
    expect(strip(await readManifestFile(otherOut))).toEqual(strip(await readManifestFile(out)));
    for (const f of (await readManifestFile(out)).reports.flatMap((e) => e.files)) {
      expect(await readFile(path.join(otherOut, f.name))).toEqual(await readFile(path.join(out, f.name)));
    }
  });

  it('marks a second dataset with an id already taken as invalid, naming the first', async () => {
    const copy = path.join(data, 'zz-copy.json');
    await writeFile(copy, await readFile(files[0]!));
    const r = await run();
    expect(r.code).toBe(1);
    const entry = r.manifest.reports.find((e) => e.source.endsWith('zz-copy.json'))!;
    expect(entry.status).toBe('invalid');
    expect(entry.problems?.[0]?.message).toContain(path.basename(files[0]!));
    expect(countStatus(r.manifest, 'built')).toBe(0); // the original is still current
    await rm(copy);
  });
});

describe('batch command: usage', () => {
  it('exits 2 without inputs and on a bad --workers value', async () => {
    const cap = captureIO();
    await expect(batchCommand([], cap.io)).rejects.toMatchObject({ exitCode: 2 });
    await expect(batchCommand(['data', '--workers', 'zero'], cap.io)).rejects.toMatchObject({ exitCode: 2 });
    await expect(batchCommand(['no/such/folder'], cap.io)).rejects.toMatchObject({ exitCode: 1 });
  });
});
