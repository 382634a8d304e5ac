/** The site's main sections, in navigation order: the header and the no-JS search page list them. */
import type { UiKey } from './ui.ts';

/** Path and label key of every main section, home first. */
export const mainNav: readonly (readonly [href: string, label: UiKey])[] = [
  ['/', 'nav.home'],
  ['/activities/', 'nav.activities'],
  ['/notices/', 'nav.notices'],
  ['/stories/', 'nav.stories'],
  ['/commendations/', 'nav.commendations'],
  ['/appeals/', 'nav.appeals'],
  ['/programmes/', 'nav.programmes'],
  ['/units/', 'nav.units'],
  ['/regions/', 'nav.regions'],
];
