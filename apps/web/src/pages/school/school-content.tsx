import {
  ComparisonTrendChart,
  formatCount,
  formatDate,
  formatRate,
  GovukTable,
  HeadlineCardList,
  SummaryList,
} from '@attendance/web-ui';
import { Link } from '@tanstack/react-router';
import type { SchoolPageQuery } from '../../graphql/generated/graphql.js';
import { headlineCards } from '../la-overview/headline-cards.js';
import { SchoolActionLists } from './school-action-lists.js';
import { SchoolBreakdowns } from './school-breakdowns.js';
import { SchoolPeriodForm } from './school-period-form.js';
import type { SchoolSearch } from './school-search.js';

export interface SchoolContentProps {
  page: SchoolPageQuery;
  search: SchoolSearch;
}

interface PublishedFigure {
  value?: number | null;
  symbol?: string | null;
}

/** A published figure, or its symbol (e.g. "x", suppressed) rather than a number. */
function published(figure: PublishedFigure): string {
  if (figure.value === null || figure.value === undefined) return figure.symbol ?? 'no data';
  return formatRate(figure.value);
}

export function SchoolContent({ page, search }: SchoolContentProps) {
  const overview = page.schoolOverview;
  const periodLabel =
    search.from || search.to
      ? `${formatDate(overview.periodStart)} to ${formatDate(overview.periodEnd)}`
      : `${overview.academicYear} to date`;
  const laTrend = new Map(
    page.laOverview.weeklyTrend.map((week) => [week.weekStart, week.overallAbsenceRate]),
  );
  return (
    <>
      <span className="govuk-caption-l">
        {overview.school.phase} school, URN {overview.urn}
      </span>
      <h1 className="govuk-heading-l">{overview.school.name}</h1>
      <SummaryList
        rows={[
          {
            key: 'Period',
            value:
              search.from || search.to
                ? `${formatDate(overview.periodStart)} to ${formatDate(overview.periodEnd)} (academic year ${overview.academicYear})`
                : `Academic year ${overview.academicYear} to date, ${formatDate(overview.periodStart)} to ${formatDate(overview.periodEnd)}`,
          },
          {
            key: 'Latest data',
            value: overview.lastMarkDate ? formatDate(overview.lastMarkDate) : 'No attendance data yet',
          },
          { key: 'Free school meals', value: formatRate(overview.fsmPercent) },
          { key: 'SEN (EHC plan or SEN support)', value: formatRate(overview.senPercent) },
        ]}
      />

      <SchoolPeriodForm
        urn={overview.urn}
        period={search}
        periodStart={overview.periodStart}
        periodEnd={overview.periodEnd}
      />

      <h2 className="govuk-heading-m">Headline figures</h2>
      <HeadlineCardList cards={headlineCards(overview.headline)} />

      <h2 className="govuk-heading-m">Compared with the LA, region and England</h2>
      <GovukTable
        caption={`Absence compared (${overview.comparisons.phase.toLowerCase()} schools where published)`}
        columns={[
          { header: 'Area' },
          { header: 'Source' },
          { header: 'Overall absence', numeric: true },
          { header: 'Persistent absence', numeric: true },
          { header: 'Severe absence', numeric: true },
        ]}
      >
        {overview.comparisons.own.map((own) => (
          <tr key={own.level} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {own.label}
            </th>
            <td className="govuk-table__cell">This service, {periodLabel} (daily registers)</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatRate(own.measures.overallAbsenceRate)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatRate(own.measures.persistentAbsenceRate)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {formatRate(own.measures.severeAbsenceRate)}
            </td>
          </tr>
        ))}
        {overview.comparisons.published.map((row) => (
          <tr key={`${row.level}-${row.summary}`} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {row.areaName} ({row.phase.toLowerCase()})
            </th>
            <td className="govuk-table__cell">
              <a className="govuk-link" href={row.sourceUrl}>
                {row.methodLabel}, {row.academicYear}, {row.periodLabel}
              </a>
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {published(row.overallAbsenceRate)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {published(row.persistentAbsenceRate)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {published(row.severeAbsenceRate)}
            </td>
          </tr>
        ))}
      </GovukTable>
      {overview.comparisons.notes.map((note) => (
        <p key={note} className="govuk-body-s">
          {note}
        </p>
      ))}
      <p className="govuk-body-s">
        Published figures can be a symbol instead of a number: &ldquo;x&rdquo; means not available or
        suppressed to protect confidentiality. {overview.comparisons.attribution}
      </p>

      <h2 className="govuk-heading-m">Absence week by week, school and LA</h2>
      {overview.weeklyTrend.length > 0 ? (
        <ComparisonTrendChart
          title={`Overall absence by week: ${overview.school.name} and ${page.laOverview.laName}`}
          series={[overview.school.name, `${page.laOverview.laName} (all schools)`]}
          weeks={overview.weeklyTrend.map((week) => ({
            weekStart: week.weekStart,
            rates: [week.overallAbsenceRate ?? null, laTrend.get(week.weekStart) ?? null],
          }))}
        />
      ) : (
        <p className="govuk-body">There is no attendance data for this school in this period yet.</p>
      )}

      <SchoolBreakdowns urn={overview.urn} breakdown={search.breakdown} period={search} />

      <h2 className="govuk-heading-m">Similar schools</h2>
      {overview.similarSchools.length === 0 ? (
        <p className="govuk-body">No other school of the same phase has data for this period.</p>
      ) : (
        <GovukTable
          caption="Schools of the same phase with the most similar free school meals and SEN shares, nearest first"
          captionStyle="visually-hidden"
          columns={[
            { header: 'School' },
            { header: 'Enrolments', numeric: true },
            { header: 'Free school meals', numeric: true },
            { header: 'SEN', numeric: true },
            { header: 'Overall absence', numeric: true },
            { header: 'Persistent absence', numeric: true },
          ]}
        >
          {overview.similarSchools.map((similar) => (
            <tr key={similar.urn} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                <Link to="/schools/$urn" params={{ urn: similar.urn }} className="govuk-link">
                  {similar.school.name}
                </Link>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatCount(similar.enrolments)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatRate(similar.fsmPercent)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatRate(similar.senPercent)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatRate(similar.measures.overallAbsenceRate)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatRate(similar.measures.persistentAbsenceRate)}
              </td>
            </tr>
          ))}
        </GovukTable>
      )}

      <SchoolActionLists urn={overview.urn} search={search} />
    </>
  );
}
