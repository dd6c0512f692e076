// Which files a batch treats as datasets.
import { mkdir, writeFile } from 'node:fs/promises';
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
});
