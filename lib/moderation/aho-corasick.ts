/**
 * An Aho-Corasick automaton over UTF-16 code units: finds every occurrence of any of N
 * patterns in one pass over the text, O(text + occurrences), whatever N is.
 *
 * Compiled to a full DFA over the patterns' own alphabet (a code unit that appears in no
 * pattern leads back to the root), so a step is two array reads and never follows failure
 * links at scan time. Very large alphabets (huge multilingual lists) keep per-node maps.
 */
const MAX_TABLE_ENTRIES = 40_000_000;

export class Automaton {
  readonly lengths: number[] = [];
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly own: (number[] | undefined)[] = [undefined];
  private fail = new Int32Array(1);
  /** Nearest node strictly along failure links that ends a pattern; 0 when none. */
  private dict = new Int32Array(1);
  /** First node with output reachable from a node (itself or dict); 0 when none. */
  private firstOut = new Int32Array(1);
  private alphabetSize = 1;
  private readonly alphabet = new Uint16Array(65_536);
  private delta: Int32Array | null = null;

  constructor(patterns: string[]) {
    patterns.forEach((p, id) => this.insert(p, id));
    this.link();
  }

  get size(): number {
    return this.children.length;
  }

  private insert(pattern: string, id: number): void {
    this.lengths[id] = pattern.length;
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      if (this.alphabet[c] === 0) this.alphabet[c] = this.alphabetSize++;
      let child = this.children[node]!.get(c);
      if (child === undefined) {
        child = this.children.length;
        this.children.push(new Map());
        this.own.push(undefined);
        this.children[node]!.set(c, child);
      }
      node = child;
    }
    (this.own[node] ??= []).push(id);
  }

  private link(): void {
    const count = this.children.length;
    const A = this.alphabetSize;
    this.fail = new Int32Array(count);
    this.dict = new Int32Array(count);
    this.firstOut = new Int32Array(count);
    const delta = count * A <= MAX_TABLE_ENTRIES ? new Int32Array(count * A) : null;
    const order: number[] = [0];
    for (let head = 0; head < order.length; head++) {
      const node = order[head]!;
      const f = this.fail[node]!;
      if (delta && node !== 0) delta.copyWithin(node * A, f * A, f * A + A);
      for (const [c, child] of this.children[node]!) {
        let target = 0;
        if (node !== 0) {
          if (delta) target = delta[f * A + this.alphabet[c]!]!;
          else {
            let g = f;
            for (;;) {
              const t = this.children[g]!.get(c);
              if (t !== undefined) {
                target = t;
                break;
              }
              if (g === 0) break;
              g = this.fail[g]!;
            }
          }
        }
        this.fail[child] = target;
        this.dict[child] = this.own[target] ? target : this.dict[target]!;
        if (delta) delta[node * A + this.alphabet[c]!] = child;
        order.push(child);
      }
      this.firstOut[node] = this.own[node] ? node : this.dict[node]!;
    }
    this.delta = delta;
  }

  /** Calls `found(patternId, end)` for every occurrence, `end` exclusive, in text order. */
  search(text: string, found: (id: number, end: number) => void): void {
    const { alphabet, firstOut, dict, own } = this;
    const delta = this.delta;
    const A = this.alphabetSize;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const a = alphabet[text.charCodeAt(i)]!;
      if (delta) node = a === 0 ? 0 : delta[node * A + a]!;
      else node = this.step(node, text.charCodeAt(i));
      let o = firstOut[node]!;
      while (o !== 0) {
        for (const id of own[o]!) found(id, i + 1);
        o = dict[o]!;
      }
    }
  }

  private step(node: number, c: number): number {
    for (;;) {
      const t = this.children[node]!.get(c);
      if (t !== undefined) return t;
      if (node === 0) return 0;
      node = this.fail[node]!;
    }
  }
}
