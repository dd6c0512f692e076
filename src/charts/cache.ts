// Content-hash cache of rendered charts: the full report, the sample and the
// excerpt ask for the same figures, and a batch re-run asks for last run's.
// Key = sha256 of the spec (which carries the theme config) and of everything
// else that decides the pixels: the font bytes, the text measurement, and the
// vega / vega-lite / resvg versions. Memory always; disk when a folder is given.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../write/atomic.js';

interface RenderCache {
  /** The cached value for `key`, else what `make` produces (made once even when asked concurrently). */
  svg(key: string, make: () => Promise<string>): Promise<string>;
  png(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array>;
}

interface RenderCacheOptions {
  readonly cacheDir?: string;
  /** Entries kept in memory per kind; the oldest-used go first. */
  readonly maxEntries?: number;
}

export function createRenderCache(options: RenderCacheOptions = {}): RenderCache {
  const max = options.maxEntries ?? 256;
  const svgs = new Map<string, Promise<string>>();
  const pngs = new Map<string, Promise<Uint8Array>>();
  const dir = options.cacheDir;
  return {
    svg: (key, make) =>
      remember(svgs, max, key, () =>
        dir ? onDisk(path.join(dir, `${key}.svg`), make, (b) => Buffer.from(b).toString('utf8'), (s) => Buffer.from(s, 'utf8')) : make(),
      ),
    png: (key, make) =>
      remember(pngs, max, key, () => (dir ? onDisk(path.join(dir, `${key}.png`), make, (b) => new Uint8Array(b), (b) => b) : make())),
  };
}

function remember<T>(map: Map<string, Promise<T>>, max: number, key: string, make: () => Promise<T>): Promise<T> {
  const hit = map.get(key);
  if (hit) {
    // Re-insert: Map keeps insertion order, so the first key is the least recently used.
    map.delete(key);
    map.set(key, hit);
    return hit;
  }
  const made = make();
  map.set(key, made);
  // A failed render is not remembered; the next caller tries again.
  made.catch(() => map.delete(key));
  while (map.size > max) map.delete(map.keys().next().value as string);
  return made;
}

async function onDisk<T>(file: string, make: () => Promise<T>, decode: (b: Buffer) => T, encode: (v: T) => Uint8Array): Promise<T> {
  try {
    return decode(await readFile(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const value = await make();
  await writeAtomic(file, encode(value));
  return value;
}

/** sha256 hex of the parts, each length-prefixed so that ("ab","c") and ("a","bc") differ. */
export function contentHash(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.byteLength}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
