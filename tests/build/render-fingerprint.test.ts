import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFingerprint, runtimeVersions } from '../../src/render-fingerprint.js';
import { ROOT } from '../fixtures.js';

describe('renderFingerprint', () => {
  it('is the same from the compiled code and from the source, so batch hashes agree across both', () => {
    const compiled = execFileSync(process.execPath, ['-e', "import('./dist/render-fingerprint.js').then((m) => process.stdout.write(m.renderFingerprint()))"], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(compiled).toMatch(/^[0-9a-f]{64}$/);
    expect(renderFingerprint()).toBe(compiled);
    expect(path.isAbsolute(ROOT)).toBe(true);
  });

  it('names the runtime versions that shape the bytes (Intl data, zlib), so a Node upgrade rebuilds the catalogue', () => {
    const here = runtimeVersions();
    expect(here).toContain(`icu@${process.versions.icu}`);
    expect(here).toContain(`zlib@${process.versions.zlib}`);
    expect(here).toContain(`node@${process.versions.node}`);
    expect(runtimeVersions({ ...process.versions, icu: '0.0' })).not.toBe(here);
  });
});
