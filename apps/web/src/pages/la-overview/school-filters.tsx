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
      <label className="govuk-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <select
        id={`${id}-${name}`}
        name={name}
        className="govuk-select"
        value={values[name] ?? ANY}
        onChange={(event) => onChange({ ...values, [name]: event.target.value || undefined })}
      >
        <option value={ANY}>{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="app-school-filters">
      {select('phase', 'Phase', phases, 'All phases')}
      {select('type', 'Type', types, 'All types')}
    </div>
  );
}
