import type { GroupFigures, PublishedGroup, PublishedOneWayTable } from './disclosure.types.js';
import {
  inferZeroOrAll,
  oneWayAttackLines,
  recoverByLinearAlgebra,
  recoverBySubtraction,
  twoWayAttackLines,
  type AttackLine,
} from './__fixtures__/recovery-attacker.js';
import {
  RANDOM_TABLE_COUNTS,
  RANDOM_TABLE_SHARES,
  randomOneWayTable,
  randomTwoWayTable,
  seededRandom,
  type SizeMix,
} from './__fixtures__/random-tables.js';
import { publishOneWayTable } from './publish-one-way-table.js';
import { publishTwoWayTable } from './publish-two-way-table.js';
import { MINIMUM_GROUP_SIZE_FOR_ZERO_OR_ALL } from './disclosure-options.js';

const FIGURES = ['enrolments', ...RANDOM_TABLE_COUNTS];

const shown = (value: number): { value: number; symbol: null } => ({ value, symbol: null });
const hidden = { value: null, symbol: 'c' as const };
const publishedCell = (key: string, enrolments: number | null, pa: number | null): PublishedGroup => ({
  key,
  enrolments: enrolments === null ? { ...hidden } : shown(enrolments),
  counts: { enrolments_pa_10_exact: pa === null ? { ...hidden } : shown(pa) },
  rates: {},
});

/**
 * A zero or "all" the attacker infers is a leak only when it is about a suppressed group small enough for
 * the 0%/100% rule (and not empty), and when the shown total does not already say it of everyone.
 */
function leakingInferences(lines: readonly AttackLine[], truth: ReadonlyMap<string, GroupFigures>) {
  return inferZeroOrAll(lines, RANDOM_TABLE_COUNTS, RANDOM_TABLE_SHARES).filter((inference) => {
    const smallHidden = inference.hidden.some((group) => {
      const enrolments = (truth.get(group.key) as GroupFigures).enrolments;
      return enrolments > 0 && enrolments < MINIMUM_GROUP_SIZE_FOR_ZERO_OR_ALL;
    });
    const total = truth.get(inference.total.key) as GroupFigures;
    const shownOfEveryone =
      inference.kind === 'zero'
        ? total.counts[inference.figure] === 0
        : RANDOM_TABLE_SHARES.some(
            ([part, whole]) =>
              part === inference.figure &&
              total.counts[part] === (whole === 'enrolments' ? total.enrolments : total.counts[whole]),
          );
    return smallHidden && !shownOfEveryone;
  });
}

function attack(lines: readonly AttackLine[], truth: ReadonlyMap<string, GroupFigures>) {
  return {
    bySubtraction: recoverBySubtraction(lines, FIGURES),
    byLinearAlgebra: recoverByLinearAlgebra(lines, FIGURES),
    zeroOrAll: leakingInferences(lines, truth),
  };
}

const nothingRecovered = { bySubtraction: [], byLinearAlgebra: [], zeroOrAll: [] };

describe('the recovery attacker (test helper)', () => {
  it('recovers a lone suppressed group from the total by subtraction', () => {
    const table: PublishedOneWayTable = {
      groups: [publishedCell('a', 40, 4), publishedCell('b', null, null), publishedCell('c', 30, 3)],
      total: publishedCell('total', 73, 9),
    };
    expect(recoverBySubtraction(oneWayAttackLines(table), ['enrolments', 'enrolments_pa_10_exact'])).toEqual([
      { key: 'b', figure: 'enrolments', value: 3 },
      { key: 'b', figure: 'enrolments_pa_10_exact', value: 2 },
    ]);
  });

  it('recovers a bridge between two suppressed rectangles by combining lines, which subtraction cannot', () => {
    // Suppressed: a rectangle in rows 0-1 x columns 0-1, another in rows 2-3 x columns 2-3, and the bridge
    // r1c2 joining them. Every line holds two or more suppressed cells, yet rows 0 and 1 together give r1c2.
    const suppressed = new Set(['r0c0', 'r0c1', 'r1c0', 'r1c1', 'r1c2', 'r2c2', 'r2c3', 'r3c2', 'r3c3']);
    const size = 4;
    const value = (row: number, column: number) => 10 + row * size + column;
    const cell = (row: number, column: number) =>
      publishedCell(`r${row}c${column}`, suppressed.has(`r${row}c${column}`) ? null : value(row, column), 0);
    const cells = Array.from({ length: size }, (_, row) =>
      Array.from({ length: size }, (_, column) => cell(row, column)),
    );
    const rowSum = (row: number) =>
      Array.from({ length: size }, (_, column) => value(row, column)).reduce((a, b) => a + b);
    const columnSum = (column: number) =>
      Array.from({ length: size }, (_, row) => value(row, column)).reduce((a, b) => a + b);
    const grand = Array.from({ length: size }, (_, row) => rowSum(row)).reduce((a, b) => a + b);
    const lines = twoWayAttackLines({
      cells,
      rowTotals: cells.map((_, row) => publishedCell(`r${row}`, rowSum(row), 0)),
      columnTotals: cells.map((_, column) => publishedCell(`c${column}`, columnSum(column), 0)),
      grandTotal: publishedCell('total', grand, 0),
    });
    expect(recoverBySubtraction(lines, ['enrolments'])).toEqual([]);
    expect(recoverByLinearAlgebra(lines, ['enrolments'])).toEqual([
      { key: 'r1c2', figure: 'enrolments', value: value(1, 2) },
    ]);
  });

  it('infers "none of them" when the suppressed cells of a line must sum to zero', () => {
    const table: PublishedOneWayTable = {
      groups: [publishedCell('a', 40, 4), publishedCell('b', null, null), publishedCell('c', null, null)],
      total: publishedCell('total', 50, 4),
    };
    expect(inferZeroOrAll(oneWayAttackLines(table), ['enrolments_pa_10_exact'], [])).toEqual([
      { figure: 'enrolments_pa_10_exact', kind: 'zero', hidden: table.groups.slice(1), total: table.total },
    ]);
  });
});

describe('published tables against the recovery attacker', () => {
  const cases: { name: string; mix: SizeMix; seeds: number }[] = [
    { name: 'mixed group sizes', mix: 'mixed', seeds: 400 },
    // Mostly large groups with a few small ones: the patterns where two-way tables need the cycle rule.
    { name: 'a few small groups among large ones', mix: 'few-small', seeds: 400 },
    { name: 'a small grand total (every group tiny)', mix: 'tiny', seeds: 200 },
  ];

  describe.each(cases)('with $name', ({ mix, seeds }) => {
    it('one-way tables give nothing away', () => {
      let suppressedCells = 0;
      for (let seed = 1; seed <= seeds; seed += 1) {
        const input = randomOneWayTable(seededRandom(seed), mix);
        const published = publishOneWayTable(input);
        const truth = new Map([...input.groups, input.total].map((group) => [group.key, group]));
        expect({ seed, ...attack(oneWayAttackLines(published), truth) }).toEqual({
          seed,
          ...nothingRecovered,
        });
        suppressedCells += published.groups.filter((group) => group.enrolments.symbol === 'c').length;
      }
      expect(suppressedCells).toBeGreaterThan(seeds / 2);
    });

    it('two-way tables give nothing away', () => {
      let suppressedCells = 0;
      for (let seed = 1; seed <= seeds; seed += 1) {
        const input = randomTwoWayTable(seededRandom(seed), mix);
        const published = publishTwoWayTable(input);
        const all = [...input.cells.flat(), ...input.rowTotals, ...input.columnTotals, input.grandTotal];
        const truth = new Map(all.map((group) => [group.key, group]));
        expect({ seed, ...attack(twoWayAttackLines(published), truth) }).toEqual({
          seed,
          ...nothingRecovered,
        });
        suppressedCells += published.cells.flat().filter((group) => group.enrolments.symbol === 'c').length;
      }
      expect(suppressedCells).toBeGreaterThan(seeds);
    });
  });

  it('small grand totals are themselves suppressed', () => {
    const input = randomOneWayTable(seededRandom(7), 'tiny');
    expect(input.total.enrolments).toBeLessThan(10);
    expect(publishOneWayTable({ ...input, sensitive: true }).total.enrolments.symbol).toBe('c');
  });
});
