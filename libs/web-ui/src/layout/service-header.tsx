export interface ServiceHeaderProps {
  serviceName: string;
  homeHref?: string;
  /** Lines the header up with the page content below it. */
  containerClassName?: string;
}

/**
 * The GOV.UK generic header: this service runs for local authorities, not on GOV.UK, so it must not carry the
 * GOV.UK logo and crown that the standard header shows.
 */
export function ServiceHeader({
  serviceName,
  homeHref = '/',
  containerClassName = 'govuk-width-container',
}: ServiceHeaderProps) {
  return (
    <header className="govuk-template__header">
      <div className="govuk-generic-header">
        <div className={`govuk-generic-header__container ${containerClassName}`}>
          <div className="govuk-generic-header__logo">
            <a href={homeHref} className="govuk-generic-header__homepage-link">
              {serviceName}
            </a>
          </div>
        </div>
      </div>
    </header>
  );
}
