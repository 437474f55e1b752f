import { LabelledSelect } from '@attendance/web-ui';
import type { ReactNode } from 'react';
import { BREAKDOWN_LABELS } from '../../breakdown/breakdown-labels.js';
import { COHORT_CHOICES, MEASURE_DEFINITIONS } from './analysis-measures.js';
import {
  COHORTS,
  COMPARISONS,
  DIMENSIONS,
  MEASURES,
  type AnalysisSearch,
  type CohortChoice,
  type Comparison,
  type Measure,
} from './analysis-search.js';

export const COMPARISON_LABELS: Readonly<Record<Comparison, string>> = {
  none: 'No comparison',
  'last-year': 'The same dates last year',
  la: 'The LA total',
  published: 'Region and England (DfE published figures)',
};

/** The choices the workspace's figures are cut by, everything but the period. */
export type AnalysisChoices = Pick<AnalysisSearch, 'measure' | 'by' | 'by2' | 'cohort' | 'comparison'>;

export interface AnalysisControlsProps {
  choices: AnalysisChoices;
  /** Called with what changed; the page puts it in the URL. */
  onChange: (change: Partial<AnalysisChoices>) => void;
}

const isDimension = (value: string): value is AnalysisSearch['by'] =>
  (DIMENSIONS as readonly string[]).includes(value);

/** Measure, breakdown (a second dimension optional, never the first again), cohort and comparison. */
export function AnalysisControls({ choices, onChange }: AnalysisControlsProps) {
  const field = (control: ReactNode) => <div className="govuk-form-group">{control}</div>;
  return (
    <div className="app-analysis-controls">
      {field(
        <LabelledSelect
          id="analysis-measure"
          label="Measure"
          value={choices.measure}
          options={MEASURES.map((measure) => ({ value: measure, label: MEASURE_DEFINITIONS[measure].label }))}
          onChange={(measure) => onChange({ measure: measure as Measure })}
        />,
      )}
      {field(
        <LabelledSelect
          id="analysis-by"
          label="Break down by"
          value={choices.by}
          options={DIMENSIONS.map((dimension) => ({ value: dimension, label: BREAKDOWN_LABELS[dimension] }))}
          onChange={(by) => {
            if (!isDimension(by)) return;
            onChange(by === choices.by2 ? { by, by2: undefined } : { by });
          }}
        />,
      )}
      {field(
        <LabelledSelect
          id="analysis-by2"
          label="Then by"
          value={choices.by2 ?? ''}
          options={[
            { value: '', label: 'Nothing else' },
            ...DIMENSIONS.filter((dimension) => dimension !== choices.by).map((dimension) => ({
              value: dimension,
              label: BREAKDOWN_LABELS[dimension],
            })),
          ]}
          onChange={(by2) => onChange({ by2: isDimension(by2) ? by2 : undefined })}
        />,
      )}
      {field(
        <LabelledSelect
          id="analysis-cohort"
          label="Cohort"
          value={choices.cohort}
          options={COHORTS.map((cohort) => ({ value: cohort, label: COHORT_CHOICES[cohort].label }))}
          onChange={(cohort) => onChange({ cohort: cohort as CohortChoice })}
        />,
      )}
      {field(
        <LabelledSelect
          id="analysis-comparison"
          label="Compare with"
          value={choices.comparison}
          options={COMPARISONS.map((comparison) => ({
            value: comparison,
            label: COMPARISON_LABELS[comparison],
          }))}
          onChange={(comparison) => onChange({ comparison: comparison as Comparison })}
        />,
      )}
    </div>
  );
}
