import { SESSION_CATEGORY_STYLES } from './session-categories.js';

/** The calendar's key: each DfE category's colour, with its name in words. */
export function SessionCategoryKey() {
  return (
    <dl className="app-session-key govuk-body-s">
      {SESSION_CATEGORY_STYLES.map((style) => (
        <div key={style.category} className="app-session-key__item">
          <dt>
            <span className={`app-session app-session-key__swatch ${style.className}`} aria-hidden="true" />
          </dt>
          <dd>{style.label}</dd>
        </div>
      ))}
    </dl>
  );
}
