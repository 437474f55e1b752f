import type { ReactNode } from 'react';
import { formatCount } from '../format/format-count.js';

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
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Children at each milestone</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Milestone
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            At this milestone
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Reached it or beyond
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
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
      </tbody>
    </table>
  );
}
