import type { ReactNode } from 'react';
import { formatCount } from '../format/format-count.js';
import { GovukTable } from '../table/govuk-table.js';

export interface MilestoneReach {
  /** The milestone: consecutive school days of unexplained absence (3, 6, 10, 20). */
  days: number;
  /** Children whose run has reached it (or gone beyond). */
  reached: number;
}

export interface MilestoneCount extends MilestoneReach {
  /** Children at this milestone and not yet at the next: each child is counted at one milestone only. */
  atMilestone: number;
}

/** Per milestone, the children at it and not beyond, from how many reached each (the list's lengths). */
export function childrenAtEachMilestone(reaches: readonly MilestoneReach[]): MilestoneCount[] {
  const ascending = [...reaches].sort((a, b) => a.days - b.days);
  return ascending.map((reach, index) => ({
    ...reach,
    atMilestone: reach.reached - (ascending[index + 1]?.reached ?? 0),
  }));
}

export interface MilestoneSummaryProps {
  reaches: readonly MilestoneReach[];
  /** The milestone the list is filtered to, if any: its row is marked as current. */
  selected?: number | undefined;
  /** A link that filters the list to a milestone (the app renders it with its router's Link). */
  renderFilterLink: (days: number, children: ReactNode) => ReactNode;
}

/** How many children are at each CME milestone, each row linking to the list filtered to that milestone. */
export function MilestoneSummary({ reaches, selected, renderFilterLink }: MilestoneSummaryProps) {
  return (
    <GovukTable
      caption="Children at each milestone"
      captionStyle="m"
      columns={[
        { header: 'Milestone' },
        { header: 'At this milestone', numeric: true },
        { header: 'Reached it or beyond', numeric: true },
      ]}
    >
      {childrenAtEachMilestone(reaches).map((count) => (
        <tr
          key={count.days}
          className="govuk-table__row"
          aria-current={count.days === selected ? 'true' : undefined}
        >
          <th scope="row" className="govuk-table__header">
            {renderFilterLink(count.days, `Day ${count.days}`)}
            {count.days === selected ? (
              <strong className="govuk-tag govuk-!-margin-left-2">Shown</strong>
            ) : null}
          </th>
          <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(count.atMilestone)}</td>
          <td className="govuk-table__cell govuk-table__cell--numeric">{formatCount(count.reached)}</td>
        </tr>
      ))}
    </GovukTable>
  );
}
