import type { SourcePosition } from '../shared/source-position.js';

// Collects the leaf values of one XML subtree (a Pupil or the Header) by path relative to its root, e.g.
// `BasicDetails/NCyearActual`. Repeating containers (SEN, FSM instances, languages, schools, years) each get
// a group of their own. Only the current subtree is held, so memory stays flat however big the file.

export interface LeafValue {
  text: string;
  source: SourcePosition;
}

export interface ElementGroup {
  fields: Map<string, LeafValue>;
  source: SourcePosition;
}

export class ElementCollector {
  readonly fields = new Map<string, LeafValue>();
  readonly groups = new Map<string, ElementGroup[]>();
  private readonly path: string[] = [];
  private group: { path: string; depth: number; value: ElementGroup } | null = null;
  private text = '';
  private textSource: SourcePosition | null = null;
  private leaf = true;

  constructor(
    readonly source: SourcePosition,
    private readonly repeatedPaths: ReadonlySet<string>,
  ) {}

  open(name: string, at: SourcePosition): void {
    this.path.push(name);
    const path = this.path.join('/');
    if (this.group === null && this.repeatedPaths.has(path)) {
      const value: ElementGroup = { fields: new Map(), source: at };
      this.group = { path, depth: this.path.length, value };
      const list = this.groups.get(path) ?? [];
      list.push(value);
      this.groups.set(path, list);
    }
    this.text = '';
    this.textSource = at;
    this.leaf = true;
  }

  addText(text: string): void {
    this.text += text;
  }

  close(): void {
    if (this.leaf && this.textSource !== null) {
      const path = this.path.join('/');
      const value = { text: this.text.trim(), source: { ...this.textSource, field: this.path.at(-1) } };
      if (this.group !== null && this.path.length > this.group.depth) {
        const relative = path.slice(this.group.path.length + 1);
        if (!this.group.value.fields.has(relative)) this.group.value.fields.set(relative, value);
      } else if (!this.fields.has(path)) {
        this.fields.set(path, value);
      }
    }
    if (this.group !== null && this.path.length === this.group.depth) this.group = null;
    this.path.pop();
    this.leaf = false;
    this.textSource = null;
  }
}
