// Shared scaffolding for the batch tests: scratch folders, a generated
// catalogue, captured CLI output, and readers for what a batch leaves behind.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeCatalogue } from '../../scripts/generate-catalogue.mjs';
import type { Manifest, ReportStatus } from '../../src/batch/types.js';

const scratchDirs: string[] = [];

/** A fresh folder under the OS temp dir; removeScratch() deletes every one this test file made. */
export async function scratch(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `batch-${name}-`));
  scratchDirs.push(dir);
  return dir;
}

export async function removeScratch(): Promise<void> {
  await Promise.all(scratchDirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** `count` generated datasets in `dir`; returns their paths, sorted. */
export async function catalogue(dir: string, count: number, seed: number): Promise<string[]> {
  return (await writeCatalogue(dir, count, seed)).sort();
}

export function captureIO(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t), isTTY } },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

export async function readManifestFile(outDir: string): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest;
}

export function statuses(manifest: Manifest): Record<string, ReportStatus> {
  return Object.fromEntries(manifest.reports.map((r) => [r.source, r.status]));
}

export function countStatus(manifest: Manifest, status: ReportStatus): number {
  return manifest.reports.filter((r) => r.status === status).length;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every regular file under `dir`, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string) => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else out.push(child);
    }
  };
  await walk('');
  return out.sort();
}

/** Inode per deliverable: a rename-into-place gives a new inode, so an unchanged inode proves a file was not rewritten. */
export async function inodes(outDir: string, manifest: Manifest): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const r of manifest.reports) for (const f of r.files) result[f.name] = (await stat(path.join(outDir, f.name))).ino;
  return result;
}

/** Every file the manifest lists is on disk with its recorded size and sha256. */
export async function expectManifestTruthful(outDir: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  for (const r of manifest.reports) {
    if (r.status === 'pending') continue;
    for (const f of r.files) {
      const bytes = await readFile(path.join(outDir, f.name)).catch(() => undefined);
      if (!bytes) problems.push(`${f.name}: missing`);
      else if (bytes.length !== f.bytes || sha256(bytes) !== f.sha256) problems.push(`${f.name}: differs from the manifest`);
    }
  }
  return problems;
}
