import { resolveDisclosureOptions, type DisclosureOptionsInput } from './disclosure-options.js';
import type { GroupFigures, PublishedGroup } from './disclosure.types.js';
import { checkTableGroups } from './group-figures-checks.js';
import { primarySuppressionReason } from './primary-suppression.js';
import { publishGroupFigures } from './publish-cell.js';

/**
 * A group shown on its own, with primary suppression only: for a figure no reader can set against a total
 * and siblings (e.g. a school's headline to its own governors). A group that is one row of a breakdown must
 * go through `publishOneWayTable` or `publishTwoWayTable`, or its suppressed cells may be recomputed.
 */
export function publishGroup(
  group: GroupFigures,
  table: { sensitive: boolean },
  optionsInput?: DisclosureOptionsInput,
): PublishedGroup {
  const options = resolveDisclosureOptions(optionsInput);
  checkTableGroups([{ path: 'group', group }]);
  return publishGroupFigures(
    group,
    primarySuppressionReason(group, table.sensitive, options) !== null,
    options,
  );
}
