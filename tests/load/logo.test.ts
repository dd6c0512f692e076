// A logo must really be inside the data file's folder: a logo.png that is a
// symbolic link to a file elsewhere passed the path check, and the PDF would
// have embedded whatever it points to.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportInputs } from '../../src/batch/inputs.js';
import { loadReport } from '../../src/load/index.js';
import { locateLogo } from '../../src/load/logo-path.js';
import { defaultRaw, tinyPng } from '../fixtures.js';

const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'mr-logo-'))); // real, so expected paths compare as the check sees them
const outsideDir = path.join(root, 'elsewhere');
mkdirSync(outsideDir);
const outsidePng = path.join(outsideDir, 'secret.png');
writeFileSync(outsidePng, tinyPng([1, 2, 3]));

/** A data folder with a dataset naming `logo`; `setup` lays out the folder. */
function dataFolder(name: string, setup: (dir: string) => void): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  setup(dir);
  const d = defaultRaw();
  d.publisher.logo = 'logo.png';
  const file = path.join(dir, 'report.json');
  writeFileSync(file, JSON.stringify(d));
  return file;
}
const problemsOf = async (file: string) => (await loadReport(file)).errors.map((e) => `${e.path}: ${e.message}`);

describe('logo behind a symbolic link', () => {
  const escaping = dataFolder('escaping', (dir) => symlinkSync(outsidePng, path.join(dir, 'logo.png')));
  const inside = dataFolder('inside', (dir) => {
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets', 'brand.png'), tinyPng());
    symlinkSync(path.join(dir, 'assets', 'brand.png'), path.join(dir, 'logo.png'));
  });

  it('rejects a link that leads outside the folder, naming where it leads', async () => {
    expect(await problemsOf(escaping)).toEqual([
      `publisher.logo: logo logo.png leads outside the data file's folder (it is a link to ${outsidePng}): copy the image into the folder instead`,
    ]);
  });

  it('accepts a link to a file inside the folder, and a plain file', async () => {
    expect(await problemsOf(inside)).toEqual([]);
    const plain = dataFolder('plain', (dir) => writeFileSync(path.join(dir, 'logo.png'), tinyPng()));
    expect(await problemsOf(plain)).toEqual([]);
  });

  it('accepts a data folder that is itself reached through a link', async () => {
    const real = path.dirname(dataFolder('real-folder', (dir) => writeFileSync(path.join(dir, 'logo.png'), tinyPng())));
    const linked = path.join(root, 'linked-folder');
    symlinkSync(real, linked);
    expect(await problemsOf(path.join(linked, 'report.json'))).toEqual([]);
  });

  it('is caught by the batch too, which reads logos itself, without reading the file outside', () => {
    const inputs = readReportInputs(escaping, 'fp');
    expect(inputs.ok && inputs.logoProblem).toEqual({
      path: 'publisher.logo',
      message: `logo logo.png leads outside the data file's folder (it is a link to ${outsidePng}): copy the image into the folder instead`,
    });
    const noLogo = readReportInputs(inside, 'fp');
    expect(noLogo.ok && noLogo.logoProblem).toBeUndefined();
  });
});

describe('locateLogo', () => {
  it('sorts a logo path into unsafe, missing, outside and inside', () => {
    const file = dataFolder('sorting', (dir) => {
      writeFileSync(path.join(dir, 'logo.png'), tinyPng());
      symlinkSync(outsidePng, path.join(dir, 'away.png'));
      symlinkSync(path.join(dir, 'nowhere.png'), path.join(dir, 'dangling.png'));
    });
    const dir = path.dirname(file);
    expect(locateLogo(file, '../elsewhere/secret.png')).toEqual({ kind: 'unsafe' });
    expect(locateLogo(file, 'missing.png')).toEqual({ kind: 'missing', file: path.join(dir, 'missing.png') });
    expect(locateLogo(file, 'dangling.png')).toEqual({ kind: 'missing', file: path.join(dir, 'dangling.png') });
    expect(locateLogo(file, 'away.png')).toEqual({ kind: 'outside', file: outsidePng });
    expect(locateLogo(file, 'logo.png')).toEqual({ kind: 'inside', file: path.join(dir, 'logo.png') });
  });
});
