import type { CellValue, Worksheet } from 'exceljs';

/**
 * A small evaluator for the formulas the exports write (SUM, AVERAGE, ROUND, RANK, + − * /, cell references and
 * ranges), so a spec can recompute every formula cell from the cells it references and compare with the cached
 * result, as a spreadsheet would on opening. Blank cells are skipped by the functions and count as 0 in arithmetic,
 * as in Excel. Test support only.
 */

type Value = number | null;

function parseRef(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`Not a cell reference: ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { col, row: Number(m[2]) };
}

export function evaluateCell(ws: Worksheet, address: string, seen: Set<string> = new Set()): Value {
  if (seen.has(address)) throw new Error(`Circular reference at ${address}`);
  const value: CellValue = ws.getCell(address).value;
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && 'formula' in value && value.formula) return evaluate(ws, value.formula, new Set([...seen, address]));
  throw new Error(`Cell ${address} holds ${JSON.stringify(value)}, not a number`);
}

export function evaluate(ws: Worksheet, formula: string, seen: Set<string> = new Set()): Value {
  const tokens = formula.match(/\$?[A-Z]+\$?\d+|[A-Z]+(?=\()|\d+(?:\.\d+)?|[-+*/(),:]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expect = (t: string) => {
    if (next() !== t) throw new Error(`Expected ${t} in ${formula}`);
  };
  const isRef = (t: string | undefined) => t !== undefined && /^\$?[A-Z]+\$?\d+$/.test(t);

  const list = (): Value[] => {
    if (isRef(peek()) && tokens[i + 1] === ':') {
      const from = parseRef(next());
      next();
      const to = parseRef(next());
      const values: Value[] = [];
      for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) values.push(evaluateCell(ws, ws.getCell(r, c).address, seen));
      return values;
    }
    return [expr()];
  };
  const args = (): Value[][] => {
    expect('(');
    const out = [list()];
    while (peek() === ',') {
      next();
      out.push(list());
    }
    expect(')');
    return out;
  };
  const call = (name: string): Value => {
    const a = args();
    const numbers = a.flat().filter((v): v is number => v !== null);
    switch (name) {
      case 'SUM':
        return numbers.reduce((s, v) => s + v, 0);
      case 'AVERAGE':
        if (numbers.length === 0) throw new Error('#DIV/0! in ' + formula);
        return numbers.reduce((s, v) => s + v, 0) / numbers.length;
      case 'ROUND': {
        const factor = 10 ** (a[1][0] ?? 0);
        const x = (a[0][0] ?? 0) * factor;
        return (Math.sign(x) * Math.round(Math.abs(x) + 1e-9)) / factor;
      }
      case 'RANK': {
        const x = a[0][0] ?? 0;
        return 1 + a[1].filter((v): v is number => v !== null && v > x).length;
      }
      default:
        throw new Error(`Unknown function ${name}`);
    }
  };
  const factor = (): number => {
    const t = next();
    if (t === '(') {
      const v = expr();
      expect(')');
      return v;
    }
    if (t === '-') return -factor();
    if (isRef(t)) return evaluateCell(ws, t.replace(/\$/g, ''), seen) ?? 0;
    if (/^\d/.test(t)) return Number(t);
    if (/^[A-Z]+$/.test(t)) return call(t) ?? 0;
    throw new Error(`Unexpected ${t} in ${formula}`);
  };
  const term = (): number => {
    let v = factor();
    while (peek() === '*' || peek() === '/') v = next() === '*' ? v * factor() : v / factor();
    return v;
  };
  function expr(): number {
    let v = term();
    while (peek() === '+' || peek() === '-') v = next() === '+' ? v + term() : v - term();
    return v;
  }
  const result = expr();
  if (i !== tokens.length) throw new Error(`Trailing input in ${formula}`);
  return result;
}

/** Every formula cell of the sheet with its cached result and what the formula computes. */
export function recomputeAll(ws: Worksheet): Array<{ address: string; formula: string; cached: number; computed: number }> {
  const out: Array<{ address: string; formula: string; cached: number; computed: number }> = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v && v.formula) {
        // exceljs reads a cached 0 back as no result; the file holds <v>0</v>.
        const cached = typeof v.result === 'number' ? v.result : 0;
        out.push({ address: cell.address, formula: v.formula, cached, computed: Math.round((evaluate(ws, v.formula) ?? 0) * 1e6) / 1e6 });
      }
    }),
  );
  return out;
}
