// A user's mistakes in a batch: each is listed against its own file, with all
// of that file's problems, and never hides another report's build.
// Workers run dist/: `npm run build` first (npm test's pretest does).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { problemFromMessage } from '../../src/batch/worker-handler.js';
import { batchCommand } from '../../src/cli/batch.js';
import { defaultRaw } from '../fixtures.js';
import { captureIO, readManifestFile, removeScratch, scratch } from './helpers.js';

async function dataset(dir: string, name: string, change: (d: Record<string, any>) => void): Promise<string> {
  const d = defaultRaw();
  change(d);
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(d, null, 2));
  return file.split(path.sep).join('/');
}

describe('batch: user errors per report', () => {
  afterAll(removeScratch);

  it('lists a duplicate id with the file’s own problems, and a write error as failed with its message', async () => {
    const root = await scratch('user-errors');
    const data = path.join(root, 'data');
    const out = path.join(root, 'out');
    await mkdir(data, { recursive: true });
    const first = await dataset(data, 'a-first.json', (d) => (d.id = 'shared-id'));
    const duplicate = await dataset(data, 'b-duplicate.json', (d) => {
      d.id = 'shared-id';
      d.narrative.definition = 'TODO';
    });
    const blocked = await dataset(data, 'd-blocked.json', (d) => (d.id = 'blocked-report'));
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'blocked-report'), 'a file where the report folder goes');

    const cap = captureIO();
    const code = await batchCommand([data, '--out', out, '--workers', '2'], cap.io);
    expect(code).toBe(1);
    const manifest = await readManifestFile(out);
    const entry = (source: string) => manifest.reports.find((r) => r.source === source)!;

    expect(entry(first).status).toBe('built');

    // The duplicate id does not hide the file's own problem.
    expect(entry(duplicate).status).toBe('invalid');
    expect(entry(duplicate).problems?.map((p) => p.path)).toEqual(['id', 'narrative.definition']);
    expect(cap.stdout()).toContain(`${duplicate}: id: id "shared-id" is also the id of ${first}`);
    expect(cap.stdout()).toContain(`${duplicate}: narrative.definition: contains placeholder text "TODO"`);

    // Writing is not the dataset's fault: failed, with the message and no stack.
    expect(entry(blocked).status).toBe('failed');
    expect(entry(blocked).error).toEqual({
      name: 'UserError',
      message: `cannot write to ${path.join(out, 'blocked-report')}: ${path.join(out, 'blocked-report')} is a file, not a folder`,
    });
    expect(cap.stdout()).toContain(`failed  blocked-report (${blocked}): cannot write to ${path.join(out, 'blocked-report')}`);
    expect(cap.stdout() + cap.stderr()).not.toMatch(/\n\s+at /);
    expect(manifest.reports.map((r) => r.status).sort()).toEqual(['built', 'failed', 'invalid']);
  });

  it('lists a user error raised while rendering (a user template asking for a missing field) as invalid, not failed', async () => {
    const root = await scratch('render-user-error');
    const data = path.join(root, 'data');
    const templates = path.join(root, 'templates');
    await mkdir(data, { recursive: true });
    await mkdir(path.join(templates, 'report'), { recursive: true });
    await writeFile(path.join(templates, 'report', 'definition.hbs'), 'Defined as {{narrative.nope}}.\n');
    const source = await dataset(data, 'market.json', () => undefined);

    const cap = captureIO();
    const out = path.join(root, 'out');
    const code = await batchCommand([data, '--out', out, '--templates', templates, '--workers', '1'], cap.io);
    expect(code).toBe(1);
    const [entry] = (await readManifestFile(out)).reports;
    expect(entry?.status).toBe('invalid');
    expect(entry?.error).toBeUndefined();
    // No JSON path leads the template's message, so it is the file's (root) problem.
    expect(entry?.problems).toHaveLength(1);
    expect(entry?.problems?.[0]?.path).toBe('(root)');
    expect(entry?.problems?.[0]?.message).toMatch(/^template .*definition\.hbs: line 1, column \d+: field "nope" is not defined/);
    expect(cap.stdout()).toMatch(new RegExp(`^${escape(source)}: \\(root\\): template .*definition\\.hbs: `, 'm'));
    expect(cap.stdout()).toMatch(/invalid\s+1\n/);
    expect(cap.stdout() + cap.stderr()).not.toMatch(/\n\s+at /);
  });

  it('takes a leading JSON path of a renderer message as the problem path, else (root)', () => {
    expect(problemFromMessage('sample.chapters[0]: chapter 3 is listed twice')).toEqual({
      path: 'sample.chapters[0]',
      message: 'chapter 3 is listed twice',
    });
    expect(problemFromMessage('template /t/report/faq.hbs: line 2, column 3: field "x" is not defined')).toEqual({
      path: '(root)',
      message: 'template /t/report/faq.hbs: line 2, column 3: field "x" is not defined',
    });
    expect(problemFromMessage('narrative template "intro.hbs" not found in /t')).toEqual({
      path: '(root)',
      message: 'narrative template "intro.hbs" not found in /t',
    });
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
