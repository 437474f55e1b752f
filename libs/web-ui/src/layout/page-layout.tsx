import './page-layout.css';
import type { ReactNode } from 'react';
import { ServiceHeader } from './service-header.js';

export interface PageLayoutProps {
  serviceName: string;
  /** Widens the page from GOV.UK's 960px to 1400px, for dashboards with wide tables. */
  wide?: boolean;
  /** The service navigation's links (a <nav>), shown under the header on every page. */
  navigation?: ReactNode;
  children: ReactNode;
}

const mainContentId = 'main-content';

/** Skip link, header and main landmark in the GOV.UK template order. */
export function PageLayout({ serviceName, wide = false, navigation, children }: PageLayoutProps) {
  const containerClassName = wide
    ? 'govuk-width-container app-width-container--wide'
    : 'govuk-width-container';
  return (
    <>
      <a href={`#${mainContentId}`} className="govuk-skip-link">
        Skip to main content
      </a>
      <ServiceHeader serviceName={serviceName} containerClassName={containerClassName} />
      {navigation ? (
        <section aria-label="Service information" className="govuk-service-navigation">
          <div className={containerClassName}>
            <div className="govuk-service-navigation__container">{navigation}</div>
          </div>
        </section>
      ) : null}
      <div className={containerClassName}>
        <main className="govuk-main-wrapper" id={mainContentId}>
          {children}
        </main>
      </div>
    </>
  );
}
