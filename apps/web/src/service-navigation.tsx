import { Link, useLocation } from '@tanstack/react-router';
import { NAVIGATION_ITEMS, type NavigationItem } from './navigation.js';

/** A section is current on its own path and the pages under it; the LA overview ('/') only on its own. */
function isCurrent(item: NavigationItem, pathname: string): boolean {
  return item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
}

/**
 * GOV.UK service navigation links (the section around them is PageLayout's). Rendered without govuk-frontend's
 * JavaScript, so on a narrow screen the links simply stack rather than hiding behind a menu button.
 */
export function ServiceNavigation() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
      <ul className="govuk-service-navigation__list">
        {NAVIGATION_ITEMS.map((item) => {
          const current = isCurrent(item, pathname);
          return (
            <li
              key={item.to}
              className={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
            >
              <Link
                to={item.to}
                className="govuk-service-navigation__link"
                {...(current ? { 'aria-current': 'page' as const } : {})}
              >
                {current ? (
                  <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                ) : (
                  item.text
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
