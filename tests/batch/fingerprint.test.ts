// What the shared part of the content hash reacts to, and what it ignores.
import { symlinkSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeFingerprint, reportHash } from '../../src/batch/fingerprint.js';
import { removeScratch, scratch } from './helpers.js';

describe('batch fingerprint', () => {
  afterAll(removeScratch);

  it('changes with any template byte, name or option, and not with option order or folder location', async () => {
    const root = await scratch('fingerprint');
    const bundled = path.join(root, 'bundled');
    const user = path.join(root, 'user');
    await mkdir(path.join(bundled, 'report'), { recursive: true });
    await mkdir(user, { recursive: true });
    await writeFile(path.join(bundled, 'report', 'a.hbs'), 'A');
    const fp = (extra: object = {}, renderOptions: Record<string, unknown> = { x: 1, y: 2 }) =>
      computeFingerprint({ bundledTemplatesDir: bundled, renderOptions, ...extra });

    const base = await fp();
    expect(await fp()).toBe(base);
    expect(await fp({}, { y: 2, x: 1 })).toBe(base);
    expect(await fp({}, { x: 1, y: 3 })).not.toBe(base);
    expect(await fp({ templatesDir: user })).not.toBe(base); // an (empty) overlay is still an input

    await writeFile(path.join(bundled, 'report', 'a.hbs'), 'B');
    const edited = await fp();
    expect(edited).not.toBe(base);
    await rename(path.join(bundled, 'report', 'a.hbs'), path.join(bundled, 'report', 'b.hbs'));
    expect(await fp()).not.toBe(edited); // same bytes under another name

    await writeFile(path.join(user, 'a.hbs'), 'U');
    const withUser = await fp({ templatesDir: user });
    const moved = path.join(root, 'user-moved');
    await rename(user, moved);
    expect(await fp({ templatesDir: moved })).toBe(withUser); // by content, not by path

    // Partials (report/partials/), the user's and the bundled, are templates like the others.
    await mkdir(path.join(moved, 'report', 'partials'), { recursive: true });
    await writeFile(path.join(moved, 'report', 'partials', 'p.hbs'), 'P');
    const withPartial = await fp({ templatesDir: moved });
    expect(withPartial).not.toBe(withUser);
    await writeFile(path.join(moved, 'report', 'partials', 'p.hbs'), 'Q');
    expect(await fp({ templatesDir: moved })).not.toBe(withPartial);
    const bundledBefore = await fp();
    await mkdir(path.join(bundled, 'report', 'partials'), { recursive: true });
    await writeFile(path.join(bundled, 'report', 'partials', 'p.hbs'), 'P');
    expect(await fp()).not.toBe(bundledBefore);
  });

  it('gives each report its own hash from its dataset and logo bytes', () => {
    const a = reportHash('fp', Buffer.from('{"id":"a"}'));
    expect(reportHash('fp', Buffer.from('{"id":"a"}'))).toBe(a);
    expect(reportHash('fp2', Buffer.from('{"id":"a"}'))).not.toBe(a);
    expect(reportHash('fp', Buffer.from('{"id":"a" }'))).not.toBe(a);
    expect(reportHash('fp', Buffer.from('{"id":"a"}'), Buffer.from('png'))).not.toBe(a);
  });

  it('hashes a template reached through a link, so editing its target makes reports stale', async () => {
    const root = await scratch('fingerprint');
    const shared = path.join(root, 'shared');
    const templates = path.join(root, 'templates');
    await mkdir(path.join(shared, 'report'), { recursive: true });
    await mkdir(templates, { recursive: true });
    await writeFile(path.join(shared, 'report', 'findings.hbs'), 'one');
    // A linked folder, a linked file, a link to nothing and a loop: followed, followed, skipped, walked once.
    symlinkSync(path.join(shared, 'report'), path.join(templates, 'report'));
    symlinkSync(path.join(shared, 'report', 'findings.hbs'), path.join(templates, 'extra.hbs'));
    symlinkSync(path.join(root, 'nowhere'), path.join(templates, 'dangling.hbs'));
    symlinkSync(templates, path.join(shared, 'report', 'back'));
    const hash = () => computeFingerprint({ templatesDir: templates, renderOptions: {} });
    const before = await hash();
    expect(await hash()).toBe(before);
    await writeFile(path.join(shared, 'report', 'findings.hbs'), 'two');
    expect(await hash()).not.toBe(before);
  });
});
