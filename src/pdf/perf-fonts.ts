// Shares the parsed Roboto faces, their shaped words and string widths between
// the PDFs of a process. Without this every PDF re-reads and re-parses the four
// .ttf files and shapes every word again with fontkit (GSUB/GPOS lookups):
// about a third of a report's PDF time, for words the previous report shaped
// already.
//
// Why sharing cannot change a byte, and the one case where it could:
// a shaped word depends only on the font and the text, except for one piece
// of history: fontkit caches one Glyph object per glyph id, carrying the code
// points of the FIRST request for that id, and pdfkit writes those into the
// PDF's ToUnicode map. A fresh font per PDF (pdfmake's default) means "first in
// this PDF"; a shared font means "first in this process". They differ only
// when one glyph is asked for with different code points (in Roboto: Delta
// U+0394/U+2206, Omega U+03A9/U+2126, "fi" shaped vs U+FB01, a combining mark
// first met as a composite's component). Every request goes through
// getGlyph, so a store watches for that: the first conflicting request taints
// it; a tainted store takes no new PDFs, and every PDF that was using it is
// printed again the old way (fresh fonts). While a store is clean each glyph
// id has only ever been asked for with one list of code points, so every
// cached word equals what a fresh font would have produced.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- the slice of fontkit / pdfkit we touch

interface FontkitGlyph {
  readonly id: number;
  readonly codePoints: readonly number[];
}
interface FontkitFont {
  getGlyph(id: number, codePoints?: readonly number[]): FontkitGlyph | null;
  createSubset(): FontSubset;
  readonly _glyphs: Record<number, FontkitGlyph | undefined>;
}
interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
interface GlyphRun {
  readonly advanceWidth: number;
}
/** pdfkit's EmbeddedFont (one per face per document). */
interface EmbeddedFont {
  readonly id: string;
  font: FontkitFont;
  subset: unknown;
  layoutRun(text: string, features?: unknown): GlyphRun;
  layout(text: string, features: unknown, onlyWidth: boolean): GlyphRun;
  layoutCached(text: string): GlyphRun;
  widthOfString(text: string, size: number, features?: unknown): number;
}
/** pdfmake's PDFDocument (a pdfkit document), as far as font selection goes. */
interface PdfKitDocument {
  _font: EmbeddedFont | null;
  _fontCount: number;
  readonly localAccessPolicy?: unknown;
  font(src: unknown, family?: unknown, size?: unknown): PdfKitDocument;
}

// ---------------------------------------------------------------- stores

export interface PdfFontCacheOptions {
  /** Shaped words plus measured strings a store may hold before it is replaced by an empty one. */
  readonly maxEntries?: number;
}

/** One PDF's use of the cache: attach the document, read `suspect` when it is done, then end(). */
export interface FontSession {
  /** True when the store was tainted while this PDF used it: print it again without the cache. */
  readonly suspect: boolean;
  end(): void;
}

export interface PdfFontCache {
  /**
   * Starts a session for one PDF. `key` is the local-access-policy function
   * handed to pdfmake for that PDF: pdfmake stores it on the document it
   * creates, which is how a document finds its session.
   */
  begin(key: object): FontSession;
  /** Counters for tests and the profile script. */
  stats(): { stores: number; taints: number; entries: number };
}

interface Face {
  readonly font: FontkitFont;
  readonly runs: Map<string, GlyphRun>;
  readonly widths: Map<string, number>;
  /** Embedded subsets (the font file a PDF carries) by the glyph ids it holds, in order. */
  readonly subsets: Map<string, Uint8Array>;
}
/** fontkit's TTFSubset: the glyph ids a PDF used, in the order it met them; encode() writes the font file. */
interface FontSubset {
  readonly glyphs: readonly number[];
  encode(): Uint8Array;
}

interface Store {
  readonly faces: Map<string, Face>;
  readonly sessions: Set<Session>;
  tainted: boolean;
  entries: number;
}

interface Session extends FontSession {
  suspect: boolean;
  readonly store: Store;
}

/**
 * About 1 kB each (a shaped word keeps fontkit's glyph run and positions), so
 * a store stays under some 20 MB. The first report fills some 7,000 entries
 * and each further market of a catalogue adds some 500 (its names and
 * numbers), so a store serves 25-30 reports before an empty one replaces it
 * (measured with scripts/profile-catalogue.mjs).
 */
const DEFAULT_MAX_ENTRIES = 20_000;

/** Font files the cache may share: the bundled faces the report uses. */
export function createPdfFontCache(fontFiles: readonly string[], options: PdfFontCacheOptions = {}): PdfFontCache {
  installDocumentHook();
  const files = new Set(fontFiles.map((f) => path.resolve(f)));
  const bytes = new Map<string, Buffer>();
  const max = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  let current: Store | undefined;
  let stores = 0;
  let taints = 0;

  const newStore = (): Store => {
    stores += 1;
    return { faces: new Map(), sessions: new Set(), tainted: false, entries: 0 };
  };
  const taint = (store: Store) => {
    if (!store.tainted) taints += 1;
    store.tainted = true;
    for (const s of store.sessions) s.suspect = true;
    if (current === store) current = undefined;
  };
  const faceOf = (store: Store, file: string): Face => {
    let face = store.faces.get(file);
    if (!face) {
      let data = bytes.get(file);
      if (!data) bytes.set(file, (data = readFileSync(file)));
      face = { font: watchedFont(data, () => taint(store)), runs: new Map(), widths: new Map(), subsets: new Map() };
      store.faces.set(file, face);
    }
    return face;
  };

  const cache: PdfFontCache = {
    begin(key) {
      if (!current || current.tainted) current = newStore();
      const store = current;
      const session: Session = {
        suspect: false,
        store,
        end() {
          store.sessions.delete(session);
          sessionsByKey.delete(key);
          // Bounded: a full store is dropped once no PDF is using it (the next PDF starts an empty one).
          if (store.entries > max && current === store) current = undefined;
        },
      };
      store.sessions.add(session);
      sessionsByKey.set(key, {
        adopt(ef, src) {
          if (store.tainted || typeof src !== 'string') return;
          const file = path.resolve(src);
          if (!files.has(file)) return;
          shareFace(ef, faceOf(store, file), store);
        },
      });
      return session;
    },
    stats: () => ({ stores, taints, entries: current?.entries ?? 0 }),
  };
  return cache;
}

/**
 * A fontkit font for the shared store. Its getGlyph reports a request whose
 * code points differ from those of the cached glyph: that is the only way a
 * shared font can answer differently from a fresh one (see the top of file).
 * Glyph 0 is created first, empty, as pdfkit's EmbeddedFont constructor does,
 * and stays exempt: both ways it keeps no code points.
 */
function watchedFont(data: Buffer, onConflict: () => void): FontkitFont {
  const font = pdfkitsFontkit().create(data);
  const getGlyph = font.getGlyph;
  font.getGlyph(0);
  font.getGlyph = function (this: FontkitFont, id: number, codePoints: readonly number[] = []) {
    const known = this._glyphs[id];
    if (known && id !== 0 && codePoints.length > 0 && !sameCodePoints(known.codePoints, codePoints)) onConflict();
    return getGlyph.call(this, id, codePoints);
  };
  return font;
}

/** The fontkit pdfkit itself loads (resolved from pdfkit, should it ever get a nested copy). */
function pdfkitsFontkit(): Fontkit {
  return createRequire(require.resolve('pdfkit'))('fontkit') as Fontkit;
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Points a document's freshly made EmbeddedFont at the shared face: the shared
 * fontkit font (a new subset per document, so each PDF embeds only its own
 * glyphs), the shared word cache in place of pdfkit's per-document one, and a
 * width memo in front of widthOfString (the same arithmetic as pdfkit's).
 */
function shareFace(ef: EmbeddedFont, face: Face, store: Store): void {
  ef.font = face.font;
  ef.subset = rememberedSubset(face);
  const { runs, widths } = face;
  ef.layoutCached = function (this: EmbeddedFont, text: string): GlyphRun {
    let run = runs.get(text);
    if (run === undefined) {
      run = this.layoutRun(text);
      runs.set(text, run);
      store.entries += 1;
    }
    return run;
  };
  const widthOfString = ef.widthOfString;
  ef.widthOfString = function (this: EmbeddedFont, text: string, size: number, features?: unknown): number {
    if (features) return widthOfString.call(this, text, size, features);
    let width = widths.get(text);
    if (width === undefined) {
      width = this.layout(text, features, true).advanceWidth;
      widths.set(text, width);
      store.entries += 1;
    }
    const scale = size / 1000;
    return width * scale;
  };
}

/** Subsets remembered per face; a Roboto subset of a report is some 20-60 kB. */
const MAX_SUBSETS = 12;

/**
 * A new subset of the shared font for one PDF, whose font file is remembered
 * by the glyph ids it holds: writing it (glyf, loca, hmtx, ... through
 * restructure) is a pure function of the font and those ids, and the next
 * build of a report, or its sample, asks for the same ones. pdfkit only
 * embeds the returned bytes and reads nothing else from the subset after.
 */
function rememberedSubset(face: Face): FontSubset {
  const subset = face.font.createSubset();
  const encode = subset.encode;
  subset.encode = function (this: FontSubset): Uint8Array {
    const key = this.glyphs.join(',');
    let bytes = face.subsets.get(key);
    if (bytes === undefined) {
      bytes = encode.call(this);
      face.subsets.set(key, bytes);
      if (face.subsets.size > MAX_SUBSETS) face.subsets.delete(face.subsets.keys().next().value as string);
    }
    return bytes;
  };
  return subset;
}

// ---------------------------------------------------------------- the pdfmake hook

interface Adopter {
  adopt(ef: EmbeddedFont, src: unknown): void;
}

/** Session of each document in flight, by the access-policy function pdfmake stored on it. */
const sessionsByKey = new WeakMap<object, Adopter>();
const HOOKED = Symbol.for('market-report.pdf.shared-fonts');

/**
 * Wraps font() of pdfmake's PDFDocument class, once per process: whenever a
 * document of a session opens a new face (pdfmake's provideFont for text,
 * svg-to-pdfkit for chart labels), the new EmbeddedFont is pointed at the
 * shared face before it shapes anything. Documents outside a session are
 * left exactly as pdfmake makes them.
 */
function installDocumentHook(): void {
  const proto = (require('pdfmake/js/PDFDocument') as { default: { prototype: PdfKitDocument & { [HOOKED]?: true } } }).default.prototype;
  if (proto[HOOKED]) return;
  const font = proto.font;
  proto.font = function (this: PdfKitDocument, src: unknown, family?: unknown, size?: unknown) {
    const count = this._fontCount;
    const result = font.call(this, src, family, size);
    const ef = this._font;
    // A face made just now has the newest id; an existing one was only selected.
    if (this._fontCount !== count && ef && ef.id === `F${this._fontCount}` && (family == null || typeof family === 'number')) {
      const key = this.localAccessPolicy;
      if (typeof key === 'function') sessionsByKey.get(key)?.adopt(ef, src);
    }
    return result;
  };
  Object.defineProperty(proto, HOOKED, { value: true });
}
