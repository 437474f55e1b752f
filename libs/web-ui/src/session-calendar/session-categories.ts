// The DfE categories a mark falls into, as the calendar colours them and its key names them. Colours are from
// the GOV.UK palette, each chosen so its code text has at least 4.5:1 contrast; the code is always shown too,
// so the colour is never the only way to tell one category from another (WCAG 1.4.1).

export interface SessionCategoryStyle {
  category: string;
  label: string;
  /** CSS class setting the background and text colours. */
  className: string;
}

export const SESSION_CATEGORY_STYLES: readonly SessionCategoryStyle[] = [
  { category: 'present', label: 'Present', className: 'app-session--present' },
  {
    category: 'approved-educational-activity',
    label: 'Approved educational activity',
    className: 'app-session--approved',
  },
  { category: 'authorised-absence', label: 'Authorised absence', className: 'app-session--authorised' },
  { category: 'unauthorised-absence', label: 'Unauthorised absence', className: 'app-session--unauthorised' },
  { category: 'not-possible', label: 'Not possible (not counted)', className: 'app-session--not-possible' },
  { category: 'administrative', label: 'Administrative', className: 'app-session--administrative' },
];

const byCategory = new Map(SESSION_CATEGORY_STYLES.map((style) => [style.category, style]));

/** The category's style; an unknown category is shown as its own name without colour. */
export function sessionCategoryStyle(category: string): SessionCategoryStyle {
  return byCategory.get(category) ?? { category, label: category, className: 'app-session--other' };
}
