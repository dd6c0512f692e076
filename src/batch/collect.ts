// Turns the batch's inputs into a sorted list of dataset files:
//   a directory -> its *.json files (not recursive: an output folder inside it
//                  must never be read back as input);
//   a file      -> itself;
//   a glob      -> the files it matches (`*` and `?` within a name, `**` for
//                  any depth), e.g. "catalogue/**/*.json".
// JSON Schemas (*.schema.json) and manifests (manifest.json) found in
// directories or by globs are not datasets and are left out. A symbolic link
// to a file counts as that file (a catalogue kept as links into a data
// repository); one that leads nowhere is kept, so that its build reports it.
// Links to folders are not followed: they could lead back up.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { batchMessages } from './messages.js';

const GLOB_CHARS = /[*?]/;

function isDatasetName(name: string): boolean {
  return name.endsWith('.json') && !name.endsWith('.schema.json') && name !== 'manifest.json';
}

export async function collectDatasets(inputs: readonly string[]): Promise<string[]> {
  const named: string[] = [];
  for (const input of inputs) {
    const files = GLOB_CHARS.test(input) ? await expandGlob(input) : await expandPath(input);
    if (files.length === 0) throw new UserError(batchMessages.noDatasets(input));
    named.push(...files.map(toPosix));
  }
  // One report per file: a file named twice, or also through a link ("latest.json" -> "v3.json"), counts once,
  // under the first of its names in sorted order.
  const sorted = [...new Set(named)].sort(byCodePoint);
  const real = await Promise.all(sorted.map((f) => realpath(f).catch(() => path.resolve(f))));
  const seen = new Set<string>();
  return sorted.filter((_, i) => !seen.has(real[i]!) && seen.add(real[i]!));
}

async function expandPath(input: string): Promise<string[]> {
  let info;
  try {
    info = await stat(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? batchMessages.inputNotFound(input) : batchMessages.inputUnreachable(input, String(code ?? e)));
  }
  if (!info.isDirectory()) return [input];
  let entries;
  try {
    entries = await readdir(input, { withFileTypes: true });
  } catch (e) {
    throw new UserError(batchMessages.inputUnreadable(input, String((e as NodeJS.ErrnoException).code ?? e)));
  }
  const files: string[] = [];
  for (const e of entries) if (isDatasetName(e.name) && (await isFileEntry(input, e))) files.push(path.join(input, e.name));
  return files;
}

/** A file, or a link to a file or to nothing; not a folder or a link to one. */
async function isFileEntry(dir: string, e: Dirent): Promise<boolean> {
  if (e.isFile()) return true;
  if (!e.isSymbolicLink()) return false;
  const target = await stat(path.join(dir, e.name)).catch(() => undefined);
  return target === undefined || target.isFile();
}

/** Walks from the glob's literal prefix, matching one path segment per pattern segment. */
async function expandGlob(pattern: string): Promise<string[]> {
  const segments = toPosix(pattern).split('/');
  const literal: string[] = [];
  while (segments.length > 1 && !GLOB_CHARS.test(segments[0]!)) literal.push(segments.shift()!);
  const root = literal.length === 0 ? '.' : literal.join('/') || '/';
  const out: string[] = [];
  await walk(root, segments.map(segmentMatcher), out);
  return out.filter((f) => isDatasetName(path.basename(f)));
}

type Matcher = '**' | RegExp;

async function walk(dir: string, matchers: readonly Matcher[], out: string[]): Promise<void> {
  const [head, ...rest] = matchers;
  if (head === undefined) return;
  if (head === '**') {
    await walk(dir, rest, out); // ** matches zero folders...
    for (const sub of await subdirectories(dir)) await walk(join(dir, sub), matchers, out); // ...or any number
    return;
  }
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (!head.test(e.name)) continue;
    if (rest.length === 0 && (await isFileEntry(dir, e))) out.push(join(dir, e.name));
    else if (rest.length > 0 && e.isDirectory()) await walk(join(dir, e.name), rest, out);
  }
}

async function subdirectories(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
  } catch {
    return [];
  }
}

function segmentMatcher(segment: string): Matcher {
  if (segment === '**') return '**';
  let source = '';
  for (const ch of segment) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // Like a shell, a wildcard does not match a leading dot.
  return new RegExp(`^${segment.startsWith('.') ? '' : '(?!\\.)'}${source}$`);
}

const join = (dir: string, name: string) => (dir === '.' ? name : `${dir.replace(/\/$/, '')}/${name}`);
const toPosix = (p: string) => p.split(path.sep).join('/');
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
