import { DisclosureInputError } from './disclosure-options.js';
import type { GroupFigures } from './disclosure.types.js';

/** A group with where it sits in the caller's table (e.g. `cells[2][0]`), for error messages. */
export interface LocatedGroup {
  path: string;
  group: GroupFigures;
}

const isWholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

function checkGroup({ path, group }: LocatedGroup, problems: string[]): void {
  const where = `${path} (${show(group.key)})`;
  if (!isWholeNumber(group.enrolments)) {
    problems.push(`${where} enrolments must be a whole number of 0 or more, got ${show(group.enrolments)}`);
  }
  for (const [name, count] of Object.entries(group.counts)) {
    if (count !== null && !isWholeNumber(count)) {
      problems.push(
        `${where} counts.${name} must be a whole number of 0 or more or null, got ${show(count)}`,
      );
    }
  }
  for (const [name, rate] of Object.entries(group.rates)) {
    if (rate === null) continue;
    if (
      !isWholeNumber(rate.numerator) ||
      !isWholeNumber(rate.denominator) ||
      rate.numerator > rate.denominator
    ) {
      problems.push(
        `${where} rates.${name} must have whole-number numerator and denominator with ` +
          `0 <= numerator <= denominator, got ${show(rate)}`,
      );
    }
  }
}

const namesOf = (record: object): string => Object.keys(record).sort().join(', ');

/**
 * Every group of a table must carry the same figures: the published table lines up cell by cell, and a
 * figure missing from one cell would be a sum the protection cannot see. Throws a `DisclosureInputError`
 * naming each group and field at fault.
 */
export function checkTableGroups(groups: readonly LocatedGroup[]): void {
  const problems: string[] = [];
  const [first] = groups;
  for (const located of groups) {
    checkGroup(located, problems);
    if (!first) continue;
    for (const field of ['counts', 'rates'] as const) {
      const expected = namesOf(first.group[field]);
      const actual = namesOf(located.group[field]);
      if (actual !== expected) {
        problems.push(
          `${located.path} (${show(located.group.key)}) ${field} must name the same figures as ` +
            `${first.path}: expected [${expected}], got [${actual}]`,
        );
      }
    }
  }
  if (problems.length > 0) throw new DisclosureInputError(problems);
}
