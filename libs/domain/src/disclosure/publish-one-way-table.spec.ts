import type { GroupFigures, PublishedOneWayTable } from './disclosure.types.js';
import { DisclosureInputError } from './disclosure-options.js';
import { publishOneWayTable } from './publish-one-way-table.js';
import { sumGroups } from './__fixtures__/random-tables.js';

/** A group with `pa` persistently absent enrolments; its session figures are never zero or 100%. */
function group(key: string, enrolments: number, pa = 1): GroupFigures {
  return {
    key,
    enrolments,
    counts: { sess_possible: enrolments * 300, sess_overall: enrolments * 20, enrolments_pa_10_exact: pa },
    rates: { enrolments_pa_10_exact_percent: { numerator: pa, denominator: enrolments } },
  };
}

const table = (groups: GroupFigures[], sensitive = false) => ({
  groups,
  total: sumGroups('total', groups),
  sensitive,
});
const suppressedKeys = (published: PublishedOneWayTable) =>
  [...published.groups, published.total]
    .filter((cell) => cell.enrolments.symbol === 'c')
    .map((cell) => cell.key);

describe(publishOneWayTable.name, () => {
  it('shows every group of a table with no small group', () => {
    const published = publishOneWayTable(table([group('a', 30), group('b', 40)]));
    expect(suppressedKeys(published)).toEqual([]);
    expect(published.total.enrolments).toEqual({ value: 70, symbol: null });
    expect(published.groups[0]?.rates['enrolments_pa_10_exact_percent']).toEqual({
      value: 3.3,
      symbol: null,
    });
  });

  it('suppresses a second group so the small one cannot be recomputed from the total: the smallest', () => {
    // Without the second, "b" would be 78 - 40 - 15 - 20 = 3 enrolments.
    const published = publishOneWayTable(
      table([group('a', 40), group('b', 3), group('c', 15), group('d', 20)]),
    );
    expect(suppressedKeys(published)).toEqual(['b', 'c']);
    expect(published.total.enrolments.value).toBe(78);
  });

  it('breaks a tie for the smallest by position', () => {
    const published = publishOneWayTable(table([group('a', 12), group('b', 3), group('c', 12)]));
    expect(suppressedKeys(published)).toEqual(['a', 'b']);
  });

  it('needs nothing more when two groups are already suppressed', () => {
    const published = publishOneWayTable(table([group('a', 40), group('b', 3), group('c', 2)]));
    expect(suppressedKeys(published)).toEqual(['b', 'c']);
  });

  it('applies the sensitive threshold to a sensitive split', () => {
    const groups = [group('EHC plan', 9), group('SEN support', 30), group('No SEN', 200)];
    expect(suppressedKeys(publishOneWayTable(table(groups)))).toEqual([]);
    expect(suppressedKeys(publishOneWayTable(table(groups, true)))).toEqual(['EHC plan', 'SEN support']);
  });

  it('suppresses a small total with its groups', () => {
    const published = publishOneWayTable(table([group('a', 2), group('b', 3)]));
    expect(suppressedKeys(published)).toEqual(['a', 'b', 'total']);
  });

  it('adds a cell when the suppressed groups would add up to "none of them"', () => {
    // "a" (4 pupils) and "b" would hold 0 PA pupils between them: then each holds none. Adding "c", the
    // smallest group with PA pupils, leaves the reader 3 PA pupils to share out.
    const groups = [group('a', 4, 0), group('b', 12, 0), group('c', 15, 3), group('d', 40, 5)];
    expect(suppressedKeys(publishOneWayTable(table(groups)))).toEqual(['a', 'b', 'c']);
  });

  it('adds a cell when the suppressed groups would add up to "all of them"', () => {
    const groups = [
      group('a', 3, 3),
      group('b', 11, 11),
      group('c', 30, 30),
      group('d', 20, 2),
      group('e', 50, 5),
    ];
    expect(suppressedKeys(publishOneWayTable(table(groups)))).toEqual(['a', 'b', 'd']);
  });

  it('adds nothing for "none" when the shown total already says none', () => {
    const groups = [group('a', 4, 0), group('b', 12, 0), group('c', 15, 0)];
    expect(suppressedKeys(publishOneWayTable(table(groups)))).toEqual(['a', 'b']);
  });

  it('adds nothing for "none" when the only small suppressed group is empty', () => {
    const groups = [group('a', 0, 0), group('b', 12, 0), group('c', 15, 3)];
    expect(suppressedKeys(publishOneWayTable(table(groups)))).toEqual(['a', 'b']);
  });

  it('marks the groups and total resting on a stale school as u', () => {
    const groups = [
      { ...group('School A', 30), schools: ['100001'] },
      { ...group('School B', 40), schools: ['100002'] },
    ];
    const input = { ...table(groups), total: { ...sumGroups('LA', groups), schools: ['100001', '100002'] } };
    const published = publishOneWayTable(input, { staleSchools: ['100002'] });
    expect(published.groups.map((cell) => cell.enrolments.symbol)).toEqual([null, 'u']);
    expect(published.total.enrolments).toEqual({ value: 70, symbol: 'u' });
  });

  it('rejects a table without groups or with groups carrying different figures', () => {
    expect(() => publishOneWayTable({ groups: [], total: group('total', 10), sensitive: false })).toThrow(
      DisclosureInputError,
    );
    const odd = { ...group('b', 20), rates: {} };
    expect(() => publishOneWayTable(table([group('a', 20), odd]))).toThrow(
      'groups[1] ("b") rates must name the same figures as groups[0]: ' +
        'expected [enrolments_pa_10_exact_percent], got []',
    );
  });
});
