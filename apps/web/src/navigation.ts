import type { LinkProps } from '@tanstack/react-router';

/** The service navigation's links, in the order shown: the pages a user starts from. */
export interface NavigationItem {
  /** A route path of router.tsx without parameters (type-checked against the registered routes). */
  to: NonNullable<LinkProps['to']>;
  text: string;
}

export const NAVIGATION_ITEMS: readonly NavigationItem[] = [
  { to: '/', text: 'LA overview' },
  { to: '/cme', text: 'CME watch' },
  { to: '/analysis', text: 'Analyst workspace' },
  { to: '/governors', text: 'Governor view' },
];
