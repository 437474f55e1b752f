import './bar-chart.css';
import { ChartDataDetails } from '../chart/chart-data-details.js';
import { formatCount } from '../format/format-count.js';
import { formatRate, NO_DATA_TEXT } from '../format/format-rate.js';
import { GovukTable, type GovukTableColumn } from '../table/govuk-table.js';

export interface Bar {
  label: string;
  /** Null when the group has nothing to measure: drawn as no bar and written as "no data", never as 0. */
  value?: number | null;
  /** A grouped chart's values (BarChartProps.series), one per series in its order; then `value` is not used. */
  values?: readonly (number | null)[];
  /**
   * Each bar's comparison value (BarChartProps.markerLabel, e.g. the same dates last year), one per series (one
   * for a chart without series): drawn as a tick on the bar's track and given its own table column.
   */
  markers?: readonly (number | null)[];
  /** A count shown beside the value in the table (e.g. enrolments), so a rate's base is visible. */
  base?: number;
}

/** A value every bar is read against (e.g. the LA total, England's published rate): a line across each track. */
export interface BarReference {
  label: string;
  value: number | null;
}

export interface BarChartProps {
  /** Names the chart for assistive technology and captions its data table. */
  title: string;
  /** The header of the group column, e.g. "Year group". */
  groupHeader: string;
  /** The header of the value column, e.g. "Overall absence" (a chart without series). */
  valueHeader: string;
  /** The header of the base column, when bars carry one, e.g. "Enrolments". */
  baseHeader?: string;
  /** Rates (0-100, to one decimal place) or counts. */
  unit: 'rate' | 'count';
  bars: readonly Bar[];
  /**
   * Grouped bars: the name of each series (e.g. each value of a second breakdown). Every bar then holds one
   * value per series, drawn as a labelled bar of its own under the bar's label; the table has a column each.
   */
  series?: readonly string[];
  /** What the bars' `markers` are, e.g. "Same dates last year"; markers are drawn only with it. */
  markerLabel?: string;
  references?: readonly BarReference[];
}

// Horizontal bars drawn with CSS widths, scaled to the largest value (a rate chart to at least 10%, so small
// differences are not blown up). The bars are decorative (aria-hidden); the figures are read from the table
// that follows, inside a GOV.UK details component, as on every chart of the dashboard. References are named in
// a key under the bars, in text, and markers have their own table columns, so nothing is only drawn.

/** How many series colours bar-chart.css defines; further series take them again, in turn. */
const SERIES_CLASSES = 6;

interface Track {
  key: string;
  label: string;
  value: number | null;
  marker: number | null | undefined;
  seriesIndex: number;
}

export function BarChart({
  title,
  groupHeader,
  valueHeader,
  baseHeader,
  unit,
  bars,
  series,
  markerLabel,
  references = [],
}: BarChartProps) {
  const format = unit === 'rate' ? formatRate : (value: number | null) => formatValueCount(value);
  const seriesNames = series ?? [valueHeader];
  const valuesOf = (bar: Bar): (number | null)[] =>
    seriesNames.map((_name, index) => (series ? (bar.values?.[index] ?? null) : (bar.value ?? null)));
  const markersOf = (bar: Bar): (number | null)[] =>
    seriesNames.map((_name, index) => bar.markers?.[index] ?? null);
  const showMarkers = markerLabel !== undefined;
  const largest = Math.max(
    unit === 'rate' ? 10 : 1,
    ...bars.flatMap((bar) => [...valuesOf(bar), ...(showMarkers ? markersOf(bar) : [])].map((v) => v ?? 0)),
    ...references.map((reference) => reference.value ?? 0),
  );
  const percentOf = (value: number) => `${(value / largest) * 100}%`;
  const drawnReferences = references.filter((reference) => reference.value !== null);

  const track = (item: Track) => (
    <li key={item.key} className="app-bar-chart__row">
      <span className="app-bar-chart__label govuk-body-s">{item.label}</span>
      <span className="app-bar-chart__track">
        <span
          className={`app-bar-chart__bar app-bar-chart__bar--series-${item.seriesIndex % SERIES_CLASSES}`}
          style={{ width: percentOf(item.value ?? 0) }}
        />
        {drawnReferences.map((reference) => (
          <span
            key={reference.label}
            className="app-bar-chart__reference"
            style={{ left: percentOf(reference.value ?? 0) }}
          />
        ))}
        {showMarkers && item.marker !== null && item.marker !== undefined ? (
          <span className="app-bar-chart__marker" style={{ left: percentOf(item.marker) }} />
        ) : null}
      </span>
      <span className="app-bar-chart__value govuk-body-s">{format(item.value)}</span>
    </li>
  );

  const columns: GovukTableColumn[] = [
    { header: groupHeader },
    ...seriesNames.flatMap((name) => [
      { header: name, numeric: true },
      ...(showMarkers ? [{ header: series ? `${name}: ${markerLabel}` : markerLabel, numeric: true }] : []),
    ]),
    ...(baseHeader ? [{ header: baseHeader, numeric: true }] : []),
  ];

  return (
    <figure className="app-bar-chart">
      <figcaption className="govuk-body-s govuk-!-font-weight-bold">{title}</figcaption>
      <ul className="app-bar-chart__bars" aria-hidden="true">
        {bars.map((bar) => {
          const values = valuesOf(bar);
          const markers = markersOf(bar);
          if (!series) {
            return track({
              key: bar.label,
              label: bar.label,
              value: values[0] ?? null,
              marker: markers[0],
              seriesIndex: 0,
            });
          }
          return (
            <li key={bar.label} className="app-bar-chart__group">
              <span className="app-bar-chart__group-label govuk-body-s govuk-!-font-weight-bold">
                {bar.label}
              </span>
              <ul className="app-bar-chart__bars">
                {series.map((name, index) =>
                  track({
                    key: name,
                    label: name,
                    value: values[index] ?? null,
                    marker: markers[index],
                    seriesIndex: index,
                  }),
                )}
              </ul>
            </li>
          );
        })}
      </ul>
      {drawnReferences.length > 0 || showMarkers ? (
        <ul className="app-bar-chart__key govuk-list govuk-body-s">
          {references.map((reference) => (
            <li key={reference.label}>
              <span className="app-bar-chart__key-reference" aria-hidden="true" /> {reference.label}:{' '}
              {format(reference.value)}
            </li>
          ))}
          {showMarkers ? (
            <li>
              <span className="app-bar-chart__key-marker" aria-hidden="true" /> {markerLabel} (each bar&apos;s
              own)
            </li>
          ) : null}
        </ul>
      ) : null}
      <ChartDataDetails>
        <GovukTable caption={title} columns={columns}>
          {bars.map((bar) => {
            const values = valuesOf(bar);
            const markers = markersOf(bar);
            return (
              <tr key={bar.label} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {bar.label}
                </th>
                {values.map((value, index) => (
                  <FigureCells
                    key={seriesNames[index]}
                    figures={showMarkers ? [value, markers[index] ?? null] : [value]}
                    format={format}
                  />
                ))}
                {baseHeader ? (
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {bar.base === undefined ? '' : formatCount(bar.base)}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </GovukTable>
      </ChartDataDetails>
    </figure>
  );
}

function FigureCells({
  figures,
  format,
}: {
  figures: readonly (number | null)[];
  format: (value: number | null) => string;
}) {
  return (
    <>
      {figures.map((figure, index) => (
        <td key={index} className="govuk-table__cell govuk-table__cell--numeric">
          {format(figure)}
        </td>
      ))}
    </>
  );
}

function formatValueCount(value: number | null): string {
  return value === null ? NO_DATA_TEXT : formatCount(value);
}
