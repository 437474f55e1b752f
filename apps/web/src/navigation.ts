/** The service navigation's links, in the order shown: the pages a user starts from. */
export interface NavigationItem {
  /** A route path of router.tsx without parameters. */
  to: '/';
  text: string;
}

export const NAVIGATION_ITEMS: readonly NavigationItem[] = [{ to: '/', text: 'LA overview' }];
