import type { PublishedGroup, PublishedOneWayTable, PublishedTwoWayTable } from '../disclosure.types.js';

// An attacker who sees only a published table and knows that its rows and columns add up to their totals.
// Written apart from the suppression code (its own lines, its own algebra) so that the tests check the
// published output against an independent reading of it, not the algorithm against itself.

/** A sum the attacker can use: the members add up to the total, figure by figure. */
export interface AttackLine {
  members: readonly PublishedGroup[];
  total: PublishedGroup;
}

export interface Recovery {
  key: string;
  figure: string;
  value: number;
}

export interface ZeroOrAllInference {
  figure: string;
  kind: 'zero' | 'all';
  /** The suppressed members the inference is about. */
  hidden: readonly PublishedGroup[];
  total: PublishedGroup;
}

export function oneWayAttackLines(table: PublishedOneWayTable): AttackLine[] {
  return [{ members: table.groups, total: table.total }];
}

export function twoWayAttackLines(table: PublishedTwoWayTable): AttackLine[] {
  const rows = table.cells.map((cells, row) => ({
    members: cells,
    total: table.rowTotals[row] as PublishedGroup,
  }));
  const totalsRow = { members: table.columnTotals, total: table.grandTotal };
  const columns = table.columnTotals.map((total, column) => ({
    members: table.cells.map((cells) => cells[column] as PublishedGroup),
    total,
  }));
  const totalsColumn = { members: table.rowTotals, total: table.grandTotal };
  return [...rows, totalsRow, ...columns, totalsColumn];
}

const figureOf = (group: PublishedGroup, figure: string): number | null =>
  (figure === 'enrolments' ? group.enrolments : group.counts[figure])?.value ?? null;

const isSuppressed = (group: PublishedGroup): boolean => group.enrolments.symbol === 'c';

/** Repeatedly solves any line with one unknown (a member by subtraction, a total by addition). */
export function recoverBySubtraction(lines: readonly AttackLine[], figures: readonly string[]): Recovery[] {
  const recoveries: Recovery[] = [];
  for (const figure of figures) {
    const known = new Map<PublishedGroup, number>();
    const valueOf = (group: PublishedGroup) => known.get(group) ?? figureOf(group, figure);
    for (let progress = true; progress;) {
      progress = false;
      for (const line of lines) {
        const unknown = [...line.members, line.total].filter((group) => valueOf(group) === null);
        if (unknown.length !== 1) continue;
        const target = unknown[0] as PublishedGroup;
        const membersSum = line.members.reduce((sum, group) => sum + (valueOf(group) ?? 0), 0);
        const value = target === line.total ? membersSum : (valueOf(line.total) as number) - membersSum;
        known.set(target, value);
        if (isSuppressed(target)) recoveries.push({ key: target.key, figure, value });
        progress = true;
      }
    }
  }
  return recoveries;
}

// Exact linear algebra modulo a prime. The line equations have coefficients 0 and +-1 and form a network
// matrix (totally unimodular), so every minor is 0 or +-1 and ranks modulo the prime equal ranks over the
// rationals; the values solved for are small whole numbers, read back from their residues.
const PRIME = 1_000_003;
const mod = (value: number): number => ((value % PRIME) + PRIME) % PRIME;

function inverse(value: number): number {
  let [a, b, x, y] = [mod(value), PRIME, 1, 0];
  while (b !== 0) {
    const quotient = Math.floor(a / b);
    [a, b, x, y] = [b, a - quotient * b, y, x - quotient * y];
  }
  return mod(x);
}

/** Every suppressed cell whose figure is fixed by the published figures and any combination of the lines. */
export function recoverByLinearAlgebra(lines: readonly AttackLine[], figures: readonly string[]): Recovery[] {
  const recoveries: Recovery[] = [];
  for (const figure of figures) {
    const unknowns: PublishedGroup[] = [];
    const column = new Map<PublishedGroup, number>();
    for (const group of lines.flatMap((line) => [...line.members, line.total])) {
      if (figureOf(group, figure) === null && !column.has(group)) {
        column.set(group, unknowns.length);
        unknowns.push(group);
      }
    }
    // Each row: coefficients of the unknowns, then the right-hand side, for sum(members) - total = 0.
    const rows = lines.map((line) => {
      const row = new Array<number>(unknowns.length + 1).fill(0);
      const add = (group: PublishedGroup, sign: number) => {
        const value = figureOf(group, figure);
        const index = column.get(group);
        if (index === undefined)
          row[unknowns.length] = mod((row[unknowns.length] as number) - sign * (value as number));
        else row[index] = mod((row[index] as number) + sign);
      };
      line.members.forEach((group) => add(group, 1));
      add(line.total, -1);
      return row;
    });
    const pivots: number[] = [];
    let rank = 0;
    for (let variable = 0; variable < unknowns.length && rank < rows.length; variable += 1) {
      const pivotRow = rows.findIndex((row, index) => index >= rank && row[variable] !== 0);
      if (pivotRow === -1) continue;
      [rows[rank], rows[pivotRow]] = [rows[pivotRow] as number[], rows[rank] as number[]];
      const pivot = rows[rank] as number[];
      const scale = inverse(pivot[variable] as number);
      for (let index = 0; index < pivot.length; index += 1)
        pivot[index] = mod((pivot[index] as number) * scale);
      rows.forEach((row, index) => {
        const factor = row[variable] as number;
        if (index === rank || factor === 0) return;
        for (let entry = 0; entry < row.length; entry += 1) {
          row[entry] = mod((row[entry] as number) - factor * (pivot[entry] as number));
        }
      });
      pivots.push(variable);
      rank += 1;
    }
    pivots.forEach((variable, index) => {
      const row = rows[index] as number[];
      const alone = row.every(
        (coefficient, entry) => entry === variable || entry === unknowns.length || coefficient === 0,
      );
      if (!alone) return;
      const target = unknowns[variable] as PublishedGroup;
      const residue = row[unknowns.length] as number;
      const value = residue > PRIME / 2 ? residue - PRIME : residue;
      if (isSuppressed(target)) recoveries.push({ key: target.key, figure, value });
    });
  }
  return recoveries;
}

/**
 * What the attacker learns from non-negativity: a line whose shown total less its shown members is zero says
 * every suppressed member has none of that count; one where a count's remainder equals its whole's remainder
 * (e.g. PA enrolments and enrolments) says every pupil in them has it.
 */
export function inferZeroOrAll(
  lines: readonly AttackLine[],
  counts: readonly string[],
  shareOf: readonly (readonly [part: string, whole: string])[],
): ZeroOrAllInference[] {
  const inferences: ZeroOrAllInference[] = [];
  for (const line of lines) {
    const hidden = line.members.filter(isSuppressed);
    if (hidden.length === 0 || isSuppressed(line.total)) continue;
    const remainder = (figure: string) =>
      (figureOf(line.total, figure) as number) -
      line.members.reduce((sum, group) => sum + (figureOf(group, figure) ?? 0), 0);
    for (const figure of counts) {
      if (remainder(figure) === 0) inferences.push({ figure, kind: 'zero', hidden, total: line.total });
    }
    for (const [part, whole] of shareOf) {
      if (remainder(whole) > 0 && remainder(part) === remainder(whole)) {
        inferences.push({ figure: part, kind: 'all', hidden, total: line.total });
      }
    }
  }
  return inferences;
}
