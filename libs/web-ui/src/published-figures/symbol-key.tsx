import type { SymbolMeaning } from './published-figure.js';

export interface SymbolKeyProps {
  symbols: readonly SymbolMeaning[];
  /** Only the symbols that appear on the page, when given; otherwise every symbol the API explains. */
  used?: ReadonlySet<string>;
}

/** The key to the symbols that stand in for suppressed or unavailable figures, in the API's own words. */
export function SymbolKey({ symbols, used }: SymbolKeyProps) {
  const shown = used ? symbols.filter((entry) => used.has(entry.symbol)) : symbols;
  if (shown.length === 0) return null;
  return (
    <div className="app-symbol-key">
      <h3 className="govuk-heading-s">Key to symbols</h3>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        {shown.map((entry) => (
          <div key={entry.symbol} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">{entry.symbol}</dt>
            <dd className="govuk-summary-list__value">{entry.meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
