/** The county links of a programme's pages: all pairings first, then one link a county, with counts. */
import { pairingListUrl } from './long-lists.ts';

/** One county link: its name, page, number of pairings and whether it is the page shown. */
export interface RegionLink {
  name: string;
  url: string;
  count: number;
  current?: boolean;
}

/** Links to the whole list and each county's list of a programme; `current` marks the page shown ('' for all). */
export function regionLinks(
  programme: string,
  regions: readonly { name: string; slug?: string | undefined }[],
  counts: ReadonlyMap<string, number>,
  total: number,
  allLabel: string,
  current?: string,
): RegionLink[] {
  return [
    { name: allLabel, url: pairingListUrl(programme), count: total, current: current === '' },
    ...regions.flatMap((r) =>
      r.slug
        ? [
            {
              name: r.name,
              url: pairingListUrl(programme, r.slug),
              count: counts.get(r.name) ?? 0,
              current: current === r.slug,
            },
          ]
        : [],
    ),
  ];
}
