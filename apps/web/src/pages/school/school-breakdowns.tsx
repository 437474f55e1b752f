import { BarChart, LabelledSelect, LoadingMessage } from '@attendance/web-ui';
import { useNavigate } from '@tanstack/react-router';
import { BREAKDOWN_LABELS, groupLabel, reasonLabel } from '../../breakdown/breakdown-labels.js';
import { BREAKDOWNS, type Breakdown, type SchoolPeriod } from './school-search.js';
import { useSchoolBreakdown } from './use-school-page.js';

export interface SchoolBreakdownsProps {
  urn: string;
  breakdown: Breakdown;
  period: SchoolPeriod;
}

/**
 * The school's pupils broken down by the chosen characteristic (kept in the URL), then the whole school's
 * escalation band distribution and absence by reason, all from one breakdown request.
 */
export function SchoolBreakdowns({ urn, breakdown, period }: SchoolBreakdownsProps) {
  const navigate = useNavigate({ from: '/schools/$urn' });
  const { data, error, isPending, isPlaceholderData } = useSchoolBreakdown(urn, breakdown, period);
  // The previous breakdown stays on screen while the chosen one loads: label it as what it is.
  const shown = data?.dimension ?? breakdown;
  const label = BREAKDOWN_LABELS[shown];
  const groups = data?.groups.filter((group) => !group.all[0]) ?? [];
  const school = data?.groups.find((group) => group.all[0]);

  return (
    <>
      <h2 className="govuk-heading-m">Absence by pupil characteristic</h2>
      <div className="govuk-form-group">
        <LabelledSelect
          id="breakdown"
          label="Break down by"
          value={breakdown}
          options={BREAKDOWNS.map((option) => ({ value: option, label: BREAKDOWN_LABELS[option] }))}
          onChange={(chosen) =>
            void navigate({ search: (previous) => ({ ...previous, breakdown: chosen as Breakdown }) })
          }
        />
      </div>
      {isPending || isPlaceholderData ? <LoadingMessage text="Loading the breakdown…" /> : null}
      {error ? <p className="govuk-body">The breakdown could not be loaded. {error.message}</p> : null}
      {data && groups.length === 0 ? (
        <p className="govuk-body">There are no pupils to break down for this period.</p>
      ) : null}
      {groups.length > 0 ? (
        <BarChart
          title={`Overall absence by ${label.toLowerCase()}`}
          groupHeader={label}
          valueHeader="Overall absence"
          baseHeader="Enrolments"
          unit="rate"
          bars={groups.map((group) => ({
            label: groupLabel(shown, group.keys[0]),
            value: group.measures.overallAbsenceRate ?? null,
            base: group.measures.enrolments,
          }))}
        />
      ) : null}

      {school ? (
        <>
          <h2 className="govuk-heading-m">Escalation bands</h2>
          <p className="govuk-body">
            How many pupils fall in each of the LA&apos;s attendance bands over the period.
          </p>
          <BarChart
            title="Pupils by attendance band"
            groupHeader="Band"
            valueHeader="Pupils"
            unit="count"
            bars={school.bands.map((band) => ({ label: band.label, value: band.enrolments }))}
          />
          <h2 className="govuk-heading-m">Absence by reason</h2>
          <BarChart
            title="Sessions missed by reason"
            groupHeader="Reason"
            valueHeader="Sessions"
            unit="count"
            bars={school.reasons
              .filter((reason) => reason.sessions > 0)
              .map((reason) => ({ label: reasonLabel(reason.column), value: reason.sessions }))}
          />
        </>
      ) : null}
    </>
  );
}
