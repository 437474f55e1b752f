export interface SelectOption {
  value: string;
  label: string;
}

export interface LabelledSelectProps {
  id: string;
  label: string;
  /** The chosen option's value ('' for an "any" option the page lists first). */
  value: string;
  options: readonly SelectOption[];
  /** Called with the chosen value; the page keeps the choice (e.g. in the URL). */
  onChange: (value: string) => void;
  /** The field's name, when the select belongs to a form that is submitted. */
  name?: string;
}

/**
 * A GOV.UK label and select, the dashboard's way of choosing a filter, order or period. The page wraps it in
 * its form group, so several selects can share one line.
 */
export function LabelledSelect({ id, label, value, options, onChange, name }: LabelledSelectProps) {
  return (
    <>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className="govuk-select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}
