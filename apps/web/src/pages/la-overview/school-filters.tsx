import { LabelledSelect } from '@attendance/web-ui';
import { useId } from 'react';

export interface SchoolFilterValues {
  phase?: string | undefined;
  type?: string | undefined;
}

export interface SchoolFiltersProps {
  /** Every phase and type among the LA's schools, as the schools file names them. */
  phases: readonly string[];
  types: readonly string[];
  values: SchoolFilterValues;
  onChange: (values: SchoolFilterValues) => void;
}

const ANY = '';

/** GOV.UK selects for the schools table's phase and type; the page keeps the choice (in the URL). */
export function SchoolFilters({ phases, types, values, onChange }: SchoolFiltersProps) {
  const id = useId();
  const select = (name: 'phase' | 'type', label: string, options: readonly string[], anyLabel: string) => (
    <div className="govuk-form-group app-school-filters__group">
      <LabelledSelect
        id={`${id}-${name}`}
        name={name}
        label={label}
        value={values[name] ?? ANY}
        options={[
          { value: ANY, label: anyLabel },
          ...options.map((option) => ({ value: option, label: option })),
        ]}
        onChange={(chosen) => onChange({ ...values, [name]: chosen || undefined })}
      />
    </div>
  );
  return (
    <div className="app-school-filters">
      {select('phase', 'Phase', phases, 'All phases')}
      {select('type', 'Type', types, 'All types')}
    </div>
  );
}
