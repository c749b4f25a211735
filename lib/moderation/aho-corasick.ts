/**
 * An Aho-Corasick automaton over UTF-16 code units: finds every occurrence of any of N
 * patterns in one pass over the text, O(text + occurrences), whatever N is. The root's
 * transitions are a dense table (most steps land there); deeper nodes use small maps.
 */
export class Automaton {
  private readonly rootNext = new Int32Array(65_536);
  private readonly next: Map<number, number>[] = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  /** Nearest node (self or along failure links) that ends a pattern; 0 when none. */
  private dict: Int32Array = new Int32Array(1);
  /** Patterns that end exactly at a node. */
  private readonly own: (number[] | undefined)[] = [undefined];
  readonly lengths: number[] = [];

  constructor(patterns: string[]) {
    patterns.forEach((p, id) => this.insert(p, id));
    this.link();
  }

  get size(): number {
    return this.next.length;
  }

  private insert(pattern: string, id: number): void {
    this.lengths[id] = pattern.length;
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let child = node === 0 ? this.rootNext[c]! : (this.next[node]!.get(c) ?? 0);
      if (child === 0) {
        child = this.next.length;
        this.next.push(new Map());
        this.own.push(undefined);
        if (node === 0) this.rootNext[c] = child;
        else this.next[node]!.set(c, child);
      }
      node = child;
    }
    (this.own[node] ??= []).push(id);
  }

  private link(): void {
    const count = this.next.length;
    this.fail = new Int32Array(count);
    this.dict = new Int32Array(count);
    const queue: number[] = [];
    for (let c = 0; c < 65_536; c++) {
      const child = this.rootNext[c]!;
      if (child !== 0) {
        queue.push(child);
        this.next[0]!.set(c, child);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [c, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = f === 0 ? this.rootNext[c]! : this.next[f]!.get(c)!;
        this.fail[child] = target === child ? 0 : target;
        const fc = this.fail[child]!;
        this.dict[child] = this.own[fc] ? fc : this.dict[fc]!;
        queue.push(child);
      }
    }
  }

  /** Calls `found(patternId, end)` for every occurrence, `end` exclusive, in text order. */
  search(text: string, found: (id: number, end: number) => void): void {
    const { rootNext, next, fail, dict, own } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        if (node === 0) {
          node = rootNext[c]!;
          break;
        }
        const t = next[node]!.get(c);
        if (t !== undefined) {
          node = t;
          break;
        }
        node = fail[node]!;
      }
      if (node === 0) continue;
      let o = own[node] ? node : dict[node]!;
      while (o !== 0) {
        for (const id of own[o]!) found(id, i + 1);
        o = dict[o]!;
      }
    }
  }
}
