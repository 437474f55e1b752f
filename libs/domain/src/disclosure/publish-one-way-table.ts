import {
  DisclosureInputError,
  resolveDisclosureOptions,
  type DisclosureOptionsInput,
} from './disclosure-options.js';
import type { OneWayTableInput, PublishedOneWayTable } from './disclosure.types.js';
import { checkTableGroups } from './group-figures-checks.js';
import { publishGroupFigures } from './publish-cell.js';
import { suppressionPattern } from './suppression-pattern.js';

/**
 * A one-way breakdown (groups and their total) as an aggregate-only audience may see it. The only sum a
 * reader can check is "groups add up to the total", so it is enough that this line never holds exactly one
 * suppressed cell, and that the suppressed cells' sums never say "none" or "all" of a small group.
 */
export function publishOneWayTable(
  table: OneWayTableInput,
  optionsInput?: DisclosureOptionsInput,
): PublishedOneWayTable {
  const options = resolveDisclosureOptions(optionsInput);
  if (table.groups.length === 0) throw new DisclosureInputError(['groups must hold at least one group']);
  const cells = [...table.groups, table.total];
  checkTableGroups(
    cells.map((group, index) => ({
      path: index < table.groups.length ? `groups[${index}]` : 'total',
      group,
    })),
  );
  const totalIndex = table.groups.length;
  const line = { members: table.groups.map((_, index) => index), total: totalIndex };
  const suppressed = suppressionPattern(cells, [line], table.sensitive, options);
  const published = cells.map((cell, index) =>
    publishGroupFigures(cell, suppressed[index] === true, options),
  );
  return {
    groups: published.slice(0, totalIndex),
    total: published[totalIndex] as PublishedOneWayTable['total'],
  };
}
