// A small evaluator for the formulas the workbook writes (arithmetic, ^,
// cell and cross-sheet references, ranges, SUM, MAX, COUNTIF, SUMIF, ROUND, and
// SUMPRODUCT over element-wise arithmetic and = on ranges). Tests
// use it to recalculate every formula from the cells it points at, the way
// Excel would, and compare with the cached result stored in the file.
import type ExcelJS from 'exceljs';

type Value = number | string | null;
type Range = Value[];
/** A formula's number, or a range's numbers element by element (inside SUMPRODUCT). */
type Num = number | number[];

interface Token {
  readonly kind: 'num' | 'ref' | 'fn' | 'op' | 'str';
  readonly text: string;
}

const REF = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)?!?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?`;
const TOKEN = new RegExp(String.raw`\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|("(?:[^"]|"")*")|([A-Z][A-Z0-9.]*)\(|(${REF})|([-+*/^(),:=]))`, 'y');

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`cannot read formula "${formula}" at ${at}`);
    if (m[1]) tokens.push({ kind: 'num', text: m[1] });
    else if (m[2]) tokens.push({ kind: 'str', text: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3]) tokens.push({ kind: 'fn', text: m[3] });
    else if (m[4]) tokens.push({ kind: 'ref', text: m[4] });
    else tokens.push({ kind: 'op', text: m[5]! });
  }
  return tokens;
}

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function createEvaluator(workbook: ExcelJS.Workbook) {
  const sheetOf = (name: string) => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`formula points at missing sheet "${name}"`);
    return ws;
  };

  function cellValue(ws: ExcelJS.Worksheet, row: number, col: number, depth: number): Value {
    const v = ws.getCell(row, col).value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'number' || typeof v === 'string') return v;
    if (typeof v === 'object' && 'formula' in v && v.formula) return evaluate(ws, v.formula, depth + 1);
    throw new Error(`unsupported cell value at ${ws.name}!${row}:${col}`);
  }

  function resolve(ws: ExcelJS.Worksheet, ref: string, depth: number): Range {
    const bang = ref.lastIndexOf('!');
    const target = bang >= 0 ? sheetOf(ref.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'")) : ws;
    const [from, to] = ref.slice(bang + 1).replace(/\$/g, '').split(':') as [string, string | undefined];
    const parse = (a: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      return { col: colNumber(m[1]!), row: Number(m[2]) };
    };
    const a = parse(from);
    const b = to ? parse(to) : a;
    const values: Range = [];
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) values.push(cellValue(target, r, c, depth));
    return values;
  }

  function evaluate(ws: ExcelJS.Worksheet, formula: string, depth = 0): number {
    const v = evaluateNum(ws, formula, depth);
    if (Array.isArray(v)) throw new Error(`"${formula}" gives a range where a number is wanted`);
    return v;
  }

  function evaluateNum(ws: ExcelJS.Worksheet, formula: string, depth: number): Num {
    const tokens = tokenize(formula);
    let i = 0;
    const peek = () => tokens[i];
    const take = (text?: string) => {
      const t = tokens[i++];
      if (!t || (text !== undefined && t.text !== text)) throw new Error(`expected ${text ?? 'token'} in "${formula}"`);
      return t;
    };
    const scalar = (x: Value): number => {
      if (typeof x === 'number') return x;
      if (x === null) return 0;
      throw new Error(`text "${x}" in arithmetic in "${formula}"`);
    };
    const num = (v: Value | Range | Num): number => {
      if (!Array.isArray(v)) return scalar(v);
      return scalar(v[0] ?? null);
    };
    /** A range in arithmetic: one cell is its number, several are numbers element by element. */
    const arith = (r: Range): Num => (r.length === 1 ? scalar(r[0]!) : r.map(scalar));
    const lift = (a: Num, b: Num, f: (x: number, y: number) => number): Num => {
      if (!Array.isArray(a) && !Array.isArray(b)) return f(a, b);
      const n = Array.isArray(a) ? a.length : (b as number[]).length;
      if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) throw new Error(`ranges of different sizes in "${formula}"`);
      return Array.from({ length: n }, (_x, k) => f(Array.isArray(a) ? a[k]! : a, Array.isArray(b) ? b[k]! : b));
    };
    const roundTo = (x: number, d: number) => {
      // Half away from zero in decimal, as Excel rounds (it reads 15 significant digits).
      const shifted = Number(Math.abs(x).toPrecision(15)) * 10 ** d;
      return (Math.sign(x) * Math.round(Number(shifted.toPrecision(15)))) / 10 ** d;
    };
    const args = (): (Value | Range | Num)[] => {
      const list: (Value | Range | Num)[] = [];
      if (peek()?.text === ')') return take(')'), list;
      for (;;) {
        list.push(argument());
        if (take().text === ')') return list;
      }
    };
    const argument = (): Value | Range | Num => {
      const t = peek();
      if (t?.kind === 'ref' && (tokens[i + 1]?.text === ',' || tokens[i + 1]?.text === ')')) return take(), resolve(ws, t.text, depth);
      if (t?.kind === 'str') return take(), t.text;
      return expr();
    };
    const numbers = (r: Value | Range) => (Array.isArray(r) ? r : [r]).filter((v): v is number => typeof v === 'number');
    const matches = (v: Value, crit: Value | Range) => v !== null && v === (Array.isArray(crit) ? crit[0] : crit);
    const call = (name: string, a: (Value | Range | Num)[]): Num => {
      switch (name) {
        case 'SUM':
          return a.flatMap((r) => numbers(r as Value | Range)).reduce((s, x) => s + x, 0);
        case 'MAX':
          return Math.max(...a.flatMap((r) => numbers(r as Value | Range)));
        case 'ROUND': {
          const x = Array.isArray(a[0]) ? arith(a[0] as Range) : num(a[0]!);
          const d = num(a[1]!);
          return Array.isArray(x) ? x.map((v) => roundTo(v, d)) : roundTo(x, d);
        }
        case 'SUMPRODUCT': {
          const product = a.map((r) => (Array.isArray(r) ? arith(r as Range) : num(r))).reduce((p, r) => lift(p, r, (x, y) => x * y));
          return Array.isArray(product) ? product.reduce((s, x) => s + x, 0) : product;
        }
        case 'COUNTIF':
          return (a[0] as Range).filter((v) => matches(v, a[1] as Value | Range)).length;
        case 'SUMIF': {
          const crit = a[0] as Range;
          const sum = a[2] as Range;
          return crit.reduce<number>((s, v, k) => (matches(v, a[1] as Value | Range) && typeof sum[k] === 'number' ? s + (sum[k] as number) : s), 0);
        }
        default:
          throw new Error(`unsupported function ${name}`);
      }
    };
    const primary = (): Num => {
      const t = take();
      if (t.kind === 'num') return Number(t.text);
      if (t.kind === 'ref') return arith(resolve(ws, t.text, depth));
      if (t.kind === 'fn') return call(t.text, args());
      if (t.text === '(') {
        const v = expr();
        take(')');
        return v;
      }
      if (t.text === '-') return lift(0, primary(), (x, y) => x - y);
      if (t.text === '+') return primary();
      throw new Error(`unexpected "${t.text}" in "${formula}"`);
    };
    const power = (): Num => {
      let v = primary();
      while (peek()?.text === '^') {
        take();
        v = lift(v, primary(), (x, y) => x ** y);
      }
      return v;
    };
    const term = (): Num => {
      let v = power();
      while (peek()?.text === '*' || peek()?.text === '/') v = take().text === '*' ? lift(v, power(), (x, y) => x * y) : lift(v, power(), (x, y) => x / y);
      return v;
    };
    const sum = (): Num => {
      let v = term();
      while (peek()?.text === '+' || peek()?.text === '-') v = take().text === '+' ? lift(v, term(), (x, y) => x + y) : lift(v, term(), (x, y) => x - y);
      return v;
    };
    // A comparison is 1 or 0 (TRUE or FALSE as arithmetic sees them).
    const expr = (): Num => {
      let v = sum();
      while (peek()?.text === '=') {
        take();
        v = lift(v, sum(), (x, y) => (x === y ? 1 : 0));
      }
      return v;
    };
    const result = expr();
    if (i !== tokens.length) throw new Error(`trailing tokens in "${formula}"`);
    return result;
  }

  return { evaluate };
}
