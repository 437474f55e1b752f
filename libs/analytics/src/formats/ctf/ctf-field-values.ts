import { isValidIsoDate } from '@attendance/domain';
import { FormatReadError } from '../shared/format-read-error.js';
import type { SourcePosition } from '../shared/source-position.js';
import type { LeafValue } from './ctf-element-collector.js';

// Reading one CTF leaf value with the checks every caller needs, so each error names the element, its line
// and the value found.

export type LeafSource = ReadonlyMap<string, LeafValue>;

/** The first of `paths` present with a value (an element may have an older name, e.g. `Gender` for `Sex`). */
export function presentLeaf(fields: LeafSource, ...paths: string[]): LeafValue | undefined {
  for (const path of paths) {
    const value = fields.get(path);
    if (value !== undefined && value.text !== '') return value;
  }
  return undefined;
}

export function optionalText(fields: LeafSource, ...paths: string[]): string | null {
  return presentLeaf(fields, ...paths)?.text ?? null;
}

export function requiredLeaf(fields: LeafSource, owner: SourcePosition, ...paths: string[]): LeafValue {
  const value = presentLeaf(fields, ...paths);
  if (value !== undefined) return value;
  const [first = ''] = paths;
  throw new FormatReadError(
    'missing-element',
    { ...owner, field: first },
    `expected element ${first} in ${owner.field ?? 'the element'} starting here`,
  );
}

/** CTF dates are xs:date (`YYYY-MM-DD`); a date-time's date part is accepted too. */
export function dateValue(leaf: LeafValue): string {
  const date = leaf.text.slice(0, 10);
  if (!isValidIsoDate(date) || (leaf.text.length > 10 && leaf.text[10] !== 'T')) {
    throw new FormatReadError('bad-date', leaf.source, 'expected a date YYYY-MM-DD', leaf.text);
  }
  return date;
}

export function optionalDate(fields: LeafSource, path: string): string | null {
  const leaf = fields.get(path);
  return leaf === undefined || leaf.text === '' ? null : dateValue(leaf);
}

export function countValue(leaf: LeafValue): number {
  if (!/^\d{1,6}$/.test(leaf.text)) {
    throw new FormatReadError('bad-number', leaf.source, 'expected a whole number of sessions', leaf.text);
  }
  return Number(leaf.text);
}

export function oneOf<T extends string>(leaf: LeafValue, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(leaf.text)) {
    throw new FormatReadError('bad-value', leaf.source, `expected one of ${allowed.join(', ')}`, leaf.text);
  }
  return leaf.text as T;
}

/** xs:boolean. */
export function isTrue(fields: LeafSource, path: string): boolean {
  const leaf = fields.get(path);
  if (leaf === undefined || leaf.text === '') return false;
  return oneOf(leaf, ['true', 'false', '1', '0']) === 'true' || leaf.text === '1';
}
