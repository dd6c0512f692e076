import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/canonical-json.js';
import { contentHash, createRenderCache } from '../../src/charts/cache.js';
import { chartCatalogue, createChartRenderer } from '../../src/charts/index.js';
import { defaultModel } from './fixtures.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'charts-cache-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('render cache', () => {
  it('makes a value once even when asked concurrently, and forgets failures', async () => {
    const cache = createRenderCache();
    let made = 0;
    const make = async () => {
      made++;
      return 'svg';
    };
    await Promise.all([cache.svg('k', make), cache.svg('k', make), cache.svg('k', make)]);
    expect(made).toBe(1);
    let attempts = 0;
    const failing = async () => {
      attempts++;
      throw new Error('boom');
    };
    await expect(cache.svg('bad', failing)).rejects.toThrow('boom');
    await expect(cache.svg('bad', failing)).rejects.toThrow('boom');
    expect(attempts).toBe(2);
  });

  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const cache = createRenderCache({ maxEntries: 2 });
    const made: string[] = [];
    const make = (k: string) => async () => {
      made.push(k);
      return k;
    };
    await cache.svg('a', make('a'));
    await cache.svg('b', make('b'));
    await cache.svg('a', make('a')); // a is now the most recent
    await cache.svg('c', make('c')); // evicts b
    await cache.svg('a', make('a'));
    await cache.svg('b', make('b'));
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });

  it('hashes specs by content, whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(contentHash(['ab', 'c'])).not.toBe(contentHash(['a', 'bc']));
  });

  it('on disk: files named by content hash, reused by a new renderer (a new process), keyed by spec not id', async () => {
    const dir = tempDir();
    const [figure, other] = chartCatalogue(defaultModel());
    const first = createChartRenderer({ cacheDir: dir });
    const svg = (await first.svg(figure!)).svg;
    const png = await first.png(figure!);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^[0-9a-f]{64}\.(svg|png)$/.test(f))).toBe(true);
    expect(readFileSync(path.join(dir, files.find((f) => f.endsWith('.svg'))!), 'utf8')).toBe(svg);
    expect(new Uint8Array(readFileSync(path.join(dir, files.find((f) => f.endsWith('.png'))!)))).toEqual(png);

    // Prove the second renderer reads the disk instead of rendering: tamper with the cached SVG.
    const svgFile = path.join(dir, files.find((f) => f.endsWith('.svg'))!);
    writeFileSync(svgFile, svg.replace('Source:', 'Cached:'));
    const second = createChartRenderer({ cacheDir: dir });
    const renamed = { ...figure!, id: 'same-spec-other-id', caption: 'x' };
    const again = await second.svg(renamed);
    expect(again.svg).toContain('Cached:');
    expect(again.id).toBe('same-spec-other-id');

    await second.svg(other!);
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('the PNG is 2x the SVG size', async () => {
    const renderer = createChartRenderer();
    const [figure] = chartCatalogue(defaultModel());
    const { width, height } = await renderer.svg(figure!);
    const png = await renderer.png(figure!);
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    // IHDR: width and height are the big-endian words at offsets 16 and 20.
    expect(view.getUint32(16)).toBe(Math.ceil(width * 2));
    expect(view.getUint32(20)).toBe(Math.ceil(height * 2));
  });
});
