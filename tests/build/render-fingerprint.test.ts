import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFingerprint } from '../../src/render-fingerprint.js';
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
});
