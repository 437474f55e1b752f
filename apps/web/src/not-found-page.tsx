import { Link } from '@tanstack/react-router';
import { usePageTitle } from './page-title.js';

/** GOV.UK's "page not found" pattern, for an address that matches no page. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link to="/" className="govuk-link">
          Go to the LA overview
        </Link>
      </p>
    </>
  );
}
