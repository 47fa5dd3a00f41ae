// A small evaluator for the Python expressions in feedparser's manifest (`not bozo and feed['title'] == ...`).
// Names resolve against a view of Tidemark's ParsedFeed (bench/feeds-view.ts); a field Tidemark does not
// have evaluates to NA, and NA spreads through comparisons (three-valued logic for and/or/not).

export const NA: unique symbol = Symbol('not applicable');
export type Value = unknown;

/** A Tidemark field value with how to compare it against feedparser's value. */
export interface FieldRef { readonly kind: string; readonly value: unknown; readonly equals: (expected: unknown) => boolean }
export const isRef = (v: unknown): v is FieldRef => typeof v === 'object' && v !== null && 'equals' in v && 'kind' in v;

type Node =
  | { t: 'lit'; v: unknown } | { t: 'name'; n: string } | { t: 'tuple'; items: Node[] }
  | { t: 'dict'; entries: [Node, Node][] } | { t: 'index'; obj: Node; key: Node } | { t: 'attr'; obj: Node; n: string }
  | { t: 'call'; fn: Node; args: Node[] } | { t: 'not'; x: Node } | { t: 'bool'; op: 'and' | 'or'; xs: Node[] }
  | { t: 'cmp'; first: Node; ops: string[]; rest: Node[] };

const TOKEN = /\s*(?:([ubrUBR]{0,2})("{3}(?:[^\\]|\\.)*?"{3}|'{3}(?:[^\\]|\\.)*?'{3}|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(\d+\.\d*|\.\d+|\d+)|([A-Za-z_][\w]*)|(==|!=|<=|>=|[()[\]{}.,:<>+-]))/y;

type Tok = { k: 'str'; v: string } | { k: 'num'; v: number } | { k: 'id'; v: string } | { k: 'op'; v: string };

function unescape(body: string, raw: boolean): string {
  if (raw) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (/^[xuU]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    return ({ n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e] ?? `\\${e}`;
  });
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`cannot read expression at ${at}: ${src.slice(at, at + 20)}`);
    if (m[2]) {
      const q = /^("{3}|'{3})/.test(m[2]) ? 3 : 1;
      out.push({ k: 'str', v: unescape(m[2].slice(q, -q), /r/i.test(m[1] ?? '')) });
    }
    else if (m[3]) out.push({ k: 'num', v: Number(m[3]) });
    else if (m[4]) out.push({ k: 'id', v: m[4] });
    else if (m[5]) out.push({ k: 'op', v: m[5] });
  }
  return out;
}

class Reader {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}
  peek(): Tok | undefined { return this.toks[this.i]; }
  next(): Tok { const t = this.toks[this.i++]; if (!t) throw new Error('unexpected end'); return t; }
  is(v: string): boolean { const t = this.peek(); return !!t && (t.k === 'op' || t.k === 'id') && t.v === v; }
  eat(v: string): void { if (!this.is(v)) throw new Error(`expected ${v}`); this.i++; }
  done(): boolean { return this.i >= this.toks.length; }
}

function parseOr(r: Reader): Node {
  const xs = [parseAnd(r)];
  while (r.is('or')) { r.next(); xs.push(parseAnd(r)); }
  return xs.length === 1 ? xs[0]! : { t: 'bool', op: 'or', xs };
}

function parseAnd(r: Reader): Node {
  const xs = [parseNot(r)];
  while (r.is('and')) { r.next(); xs.push(parseNot(r)); }
  return xs.length === 1 ? xs[0]! : { t: 'bool', op: 'and', xs };
}

function parseNot(r: Reader): Node {
  if (r.is('not')) { r.next(); return { t: 'not', x: parseNot(r) }; }
  return parseCmp(r);
}

function compareOp(r: Reader): string | null {
  for (const op of ['==', '!=', '<=', '>=', '<', '>', 'in']) if (r.is(op)) { r.next(); return op; }
  if (r.is('not')) { r.next(); r.eat('in'); return 'not in'; }
  if (r.is('is')) { r.next(); if (r.is('not')) { r.next(); return '!='; } return '=='; }
  return null;
}

// String concatenation only: the manifest splits some literals with "+".
function parseSum(r: Reader): Node {
  let node = parsePostfix(r);
  while (r.is('+')) {
    r.next();
    const right = parsePostfix(r);
    node = node.t === 'lit' && right.t === 'lit' ? { t: 'lit', v: String(node.v) + String(right.v) } : { t: 'tuple', items: [] };
  }
  return node;
}

function parseCmp(r: Reader): Node {
  const first = parseSum(r);
  const ops: string[] = [];
  const rest: Node[] = [];
  for (let op = compareOp(r); op; op = compareOp(r)) { ops.push(op); rest.push(parseSum(r)); }
  return ops.length ? { t: 'cmp', first, ops, rest } : first;
}

function parseList(r: Reader, close: string): Node[] {
  const items: Node[] = [];
  while (!r.is(close)) { items.push(parseOr(r)); if (!r.is(close)) r.eat(','); }
  r.eat(close);
  return items;
}

function parsePostfix(r: Reader): Node {
  let node = parseAtom(r);
  for (;;) {
    if (r.is('[')) { r.next(); const key = parseOr(r); r.eat(']'); node = { t: 'index', obj: node, key }; }
    else if (r.is('.')) { r.next(); node = { t: 'attr', obj: node, n: String(r.next().v) }; }
    else if (r.is('(')) { r.next(); node = { t: 'call', fn: node, args: parseList(r, ')') }; }
    else return node;
  }
}

function parseAtom(r: Reader): Node {
  const t = r.next();
  if (t.k === 'str') {
    let v = t.v;
    while (r.peek()?.k === 'str') v += String(r.next().v);
    return { t: 'lit', v };
  }
  if (t.k === 'num') return { t: 'lit', v: t.v };
  if (t.k === 'id') {
    const consts: Record<string, unknown> = { True: true, False: false, None: null };
    return t.v in consts ? { t: 'lit', v: consts[t.v] } : { t: 'name', n: t.v };
  }
  if (t.v === '-') { const n = r.next(); return { t: 'lit', v: -Number(n.v) }; }
  if (t.v === '(') { const items = parseList(r, ')'); return items.length === 1 ? items[0]! : { t: 'tuple', items }; }
  if (t.v === '[') return { t: 'tuple', items: parseList(r, ']') };
  if (t.v === '{') {
    const entries: [Node, Node][] = [];
    while (!r.is('}')) { const k = parseOr(r); r.eat(':'); entries.push([k, parseOr(r)]); if (!r.is('}')) r.eat(','); }
    r.eat('}');
    return { t: 'dict', entries };
  }
  throw new Error(`unexpected ${t.v}`);
}

export function parseExpression(src: string): Node {
  const r = new Reader(tokenize(src));
  const node = parseOr(r);
  if (!r.done()) throw new Error(`trailing input in ${src}`);
  return node;
}

/** Top-level `and` terms become separate checks; anything else is one check. */
export function conjuncts(node: Node): Node[] {
  return node.t === 'bool' && node.op === 'and' ? node.xs : [node];
}

export type Scope = { lookup(name: string): Value; index(obj: Value, key: Value): Value; attr(obj: Value, name: string): Value };

function truth(v: Value): boolean | typeof NA {
  if (v === NA) return NA;
  if (isRef(v)) return truth(v.value);
  if (Array.isArray(v)) return v.length > 0;
  return !!v;
}

// `'link' in entries[0]`: Tidemark has a value for it. A key Tidemark does not model is not applicable.
function hasKey(obj: Record<string, unknown>, key: string): boolean | typeof NA {
  if (!(key in obj)) return NA;
  const v = obj[key];
  return !(isRef(v) && (v.value === null || v.value === undefined));
}

function compare(op: string, a: Value, b: Value): boolean | typeof NA {
  if (a === NA || b === NA) return NA;
  if (op === 'in' || op === 'not in') {
    const hay = isRef(b) ? b.value : b;
    const needle = isRef(a) ? a.value : a;
    const found = typeof hay === 'string' ? hay.includes(String(needle))
      : Array.isArray(hay) ? hay.some((h) => (isRef(h) ? h.value : h) === needle)
      : hay !== null && typeof hay === 'object' ? hasKey(hay as Record<string, unknown>, String(needle)) : false;
    if (found === NA) return NA;
    return op === 'in' ? found : !found;
  }
  let eq: boolean;
  if (isRef(a)) eq = a.equals(isRef(b) ? b.value : b);
  else if (isRef(b)) eq = b.equals(a);
  else eq = JSON.stringify(a) === JSON.stringify(b);
  if (op === '==') return eq;
  if (op === '!=') return !eq;
  const x = Number(isRef(a) ? a.value : a);
  const y = Number(isRef(b) ? b.value : b);
  return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
}

export function evaluate(node: Node, scope: Scope): Value {
  switch (node.t) {
    case 'lit': return node.v;
    case 'name': return scope.lookup(node.n);
    case 'tuple': return node.items.map((x) => evaluate(x, scope));
    case 'dict': return NA;
    case 'index': return scope.index(evaluate(node.obj, scope), evaluate(node.key, scope));
    case 'attr': return scope.attr(evaluate(node.obj, scope), node.n);
    case 'call': {
      const fn = evaluate(node.fn, scope);
      return typeof fn === 'function' ? (fn as (...a: Value[]) => Value)(...node.args.map((a) => evaluate(a, scope))) : NA;
    }
    case 'not': { const v = truth(evaluate(node.x, scope)); return v === NA ? NA : !v; }
    case 'bool': {
      let sawNA = false;
      for (const x of node.xs) {
        const v = truth(evaluate(x, scope));
        if (v === NA) sawNA = true;
        else if (node.op === 'and' && !v) return false;
        else if (node.op === 'or' && v) return true;
      }
      return sawNA ? NA : node.op === 'and';
    }
    case 'cmp': {
      let left = evaluate(node.first, scope);
      let result: boolean | typeof NA = true;
      node.ops.forEach((op, i) => {
        const right = evaluate(node.rest[i]!, scope);
        const r = compare(op, left, right);
        if (r === NA) result = NA;
        else if (!r && result !== NA) result = false;
        left = right;
      });
      return result;
    }
  }
}

export function checkResult(node: Node, scope: Scope): boolean | typeof NA {
  return truth(evaluate(node, scope));
}
