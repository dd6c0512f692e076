// Which files a batch treats as datasets.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectDatasets } from '../../src/batch/collect.js';
import { removeScratch, scratch } from './helpers.js';

describe('batch: collecting datasets', () => {
  afterAll(removeScratch);

  let root: string;
  const rel = (files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

  beforeAll(async () => {
    root = await scratch('collect');
    const files = ['a/one.json', 'a/two.json', 'a/report.schema.json', 'a/manifest.json', 'a/readme.md', 'a/.hidden.json', 'a/sub/three.json', 'b/deep/er/four.json'];
    for (const f of files) {
      await mkdir(path.dirname(path.join(root, f)), { recursive: true });
      await writeFile(path.join(root, f), '{}');
    }
  });

  it('takes a folder\'s own *.json files, not schemas, manifests or subfolders', async () => {
    expect(rel(await collectDatasets([path.join(root, 'a')]))).toEqual(['a/.hidden.json', 'a/one.json', 'a/two.json']);
  });

  it('expands *, ? and ** globs, sorted and without duplicates', async () => {
    expect(rel(await collectDatasets([`${root}/a/t*.json`, `${root}/a/*.json`]))).toEqual(['a/one.json', 'a/two.json']);
    expect(rel(await collectDatasets([`${root}/**/*.json`]))).toEqual(['a/one.json', 'a/sub/three.json', 'a/two.json', 'b/deep/er/four.json']);
    expect(rel(await collectDatasets([`${root}/a/o?e.json`]))).toEqual(['a/one.json']);
  });

  it('takes a file named directly, and refuses inputs that name nothing', async () => {
    expect(rel(await collectDatasets([path.join(root, 'a/sub/three.json')]))).toEqual(['a/sub/three.json']);
    await expect(collectDatasets([path.join(root, 'nope')])).rejects.toThrow(/does not exist/);
    await expect(collectDatasets([`${root}/a/*.yaml`])).rejects.toThrow(/holds no dataset/);
    await mkdir(path.join(root, 'empty'), { recursive: true });
    await expect(collectDatasets([path.join(root, 'empty')])).rejects.toThrow(/holds no dataset/);
  });

  it('follows links to files, keeps links to nothing (their build reports them) and skips links to folders', async () => {
    const dir = path.join(root, 'links');
    await mkdir(dir, { recursive: true });
    await symlink(path.join(root, 'a/one.json'), path.join(dir, 'linked.json'));
    await symlink(path.join(root, 'gone.json'), path.join(dir, 'dangling.json'));
    await symlink(path.join(root, 'a'), path.join(dir, 'folder.json'));
    await symlink(path.join(dir, 'loop-b.json'), path.join(dir, 'loop-a.json'));
    await symlink(path.join(dir, 'loop-a.json'), path.join(dir, 'loop-b.json'));
    const expected = ['links/dangling.json', 'links/linked.json', 'links/loop-a.json', 'links/loop-b.json'];
    expect(rel(await collectDatasets([dir]))).toEqual(expected);
    expect(rel(await collectDatasets([`${dir}/*.json`]))).toEqual(expected);
    // A file named also through a link is one report, under its first name in sorted order.
    expect(rel(await collectDatasets([dir, path.join(root, 'a/one.json')]))).toEqual(['a/one.json', ...expected.filter((f) => f !== 'links/linked.json')]);
    await expect(collectDatasets([path.join(dir, 'loop-a.json')])).rejects.toThrow(/cannot be opened \(ELOOP: its symbolic links lead round in a circle\)/);
  });
});
