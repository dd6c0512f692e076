// A dataset's logo, found, read and checked in one place for validation and
// for the batch's planner (which hashes its bytes): the bytes, or what is
// wrong with it. Nothing outside the data file's folder is read, and nothing
// but a regular file (a FIFO would block the reader for ever).
import { messages } from '../messages.js';
import { isPngOrJpeg, isWholeImage } from './image.js';
import { locateLogo } from './logo-path.js';
import { isNotAFile, readRegularFileSync } from './regular-file.js';

export interface LogoRead {
  /** The file's bytes, whenever it could be read (a damaged image too: the batch hashes them). */
  readonly bytes?: Buffer;
  /** What is wrong, as a message for the path publisher.logo. */
  readonly problem?: string;
}

export function readLogo(dataFile: string, logo: string): LogoRead {
  const where = locateLogo(dataFile, logo);
  if (where.kind === 'unsafe') return {}; // the logoPath rule says why
  if (where.kind === 'outside') return { problem: messages.logoOutsideFolder(logo, where.file) };
  if (where.kind === 'missing') return { problem: messages.logoMissing(logo) };
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(where.file);
  } catch (e) {
    return { problem: isNotAFile(e) ? messages.logoNotAFile(logo) : messages.logoMissing(logo) };
  }
  if (!isPngOrJpeg(bytes)) return { bytes, problem: messages.logoNotImage(logo) };
  if (!isWholeImage(bytes)) return { bytes, problem: messages.logoDamaged(logo) };
  return { bytes };
}
