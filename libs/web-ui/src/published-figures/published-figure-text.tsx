import {
  formatPublishedValue,
  type PublishedFigureFormat,
  type PublishedFigureValue,
  type SymbolMeaning,
} from './published-figure.js';

export interface PublishedFigureTextProps {
  figure: PublishedFigureValue;
  format: PublishedFigureFormat;
  /** The API's meanings of its symbols; a symbol without one is still shown, never a number in its place. */
  symbols: readonly SymbolMeaning[];
}

/**
 * A published figure: its number, or its symbol with the meaning beside it for screen readers and as a
 * tooltip. A suppressed cell is never shown as a number or left blank, so no one reads it as zero.
 */
export function PublishedFigureText({ figure, format, symbols }: PublishedFigureTextProps) {
  const text = formatPublishedValue(figure, format);
  if (text !== null) return <>{text}</>;
  const symbol = figure.symbol ?? 'x';
  const meaning = symbols.find((entry) => entry.symbol === symbol)?.meaning ?? 'not available';
  return (
    <span className="app-published-symbol" title={meaning}>
      {symbol}
      <span className="govuk-visually-hidden"> ({meaning})</span>
    </span>
  );
}
