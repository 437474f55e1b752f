import { useEffect } from 'react';

export const SERVICE_NAME = 'Attendance Insight';

/**
 * Sets the document title to "<page> - Attendance Insight" (GOV.UK's pattern): each page has its own title,
 * which screen readers announce on navigation and browser history lists (WCAG 2.4.2). Never put a pupil's
 * name or UPN in it: titles end up in history and bookmarks.
 */
export function usePageTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} - ${SERVICE_NAME}`;
  }, [pageTitle]);
}
