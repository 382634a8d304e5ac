/**
 * What the site search knows about a page besides its words: the title, type and date
 * each result shows, the filters (类型, 年度, 单位, 地区; 类别 and 扶贫领域 for activities) and
 * the date it sorts by.
 * Computed from the same card and front matter the page itself shows, so a result
 * cannot disagree with the page it leads to. SearchMeta.astro writes it into the page.
 */
import type { CampaignData } from '../content/campaigns.ts';
import { formatWhen, sortKey, type When } from '../content/dates.ts';
import { cardOf, type Card, type CardData, type Kind } from '../content/entries.ts';
import type { SearchFilter } from './state.ts';
import { searchKeywords } from './pagefind-workarounds.ts';
import { t } from '../site/ui.ts';

/** Everything the index records about one page apart from its text. */
export interface SearchFacets {
  /** The title a result shows (without the 示例 label). */
  title: string;
  /** 通知, 活动, 故事, 表彰, 倡议, 单位, 地区, 活动安排, 结对帮扶, 帮扶企业 or 结对村. */
  type: string;
  /** The date a result shows, as the page writes it (2020年10月12日); empty when the page has none. */
  date: string;
  /** Sorts by date: newest last in ascending order; pages without a date sort first. */
  sort: string;
  /** Whether the page is labelled 示例. */
  example: boolean;
  /**
   * The words of what the page is about (its title and naming fields), split the way the
   * browser splits a query (Intl.Segmenter), plus every Han character. Pagefind matches
   * query words against this field as whole words, so a reader's query finds the page it
   * names even where the segmenter cuts a word such as 扶贫 into single characters.
   */
  keywords: string;
  /** Filter values by group; a page may have several values in one group. */
  filters: Record<SearchFilter, string[]>;
}

/** Filter value of a campaign whose year the plan leaves open (20XX). */
export const unknownYear = '年份未定';

/** The front-matter fields facets read (a card's and more); every collection has some of them. */
export interface FacetData extends CardData {
  campaign?: string;
  lead?: readonly string[];
  partners?: readonly string[];
  publisher?: string;
  signedBy?: string | undefined;
  conferredBy?: string;
  award?: string;
  docNumber?: string | undefined;
  tags?: readonly string[];
  organizers?: readonly string[];
  region?: string | undefined;
  regions?: readonly string[];
  category?: string;
  areas?: readonly string[];
}

const unique = (names: readonly (string | undefined)[]): string[] => [
  ...new Set(names.filter((n): n is string => !!n)),
];

/** The 年度 of an entry: its campaign's year, else the year of its date. */
function yearOf(campaign: string | undefined, date: When | undefined): string | undefined {
  if (campaign) return /^\d{4}$/.test(campaign) ? campaign : unknownYear;
  const year = date ? (date.start ?? date.end).year : undefined;
  return year === undefined ? undefined : year === null ? unknownYear : String(year);
}

function facets(
  card: Pick<Card, 'title' | 'example'>,
  about: (string | undefined)[],
  type: string,
  date: When | undefined,
  year: string | undefined,
  units: string[],
  regions: string[],
  classes: { category?: string | undefined; areas?: readonly string[] | undefined } = {},
): SearchFacets {
  return {
    title: card.title,
    type,
    date: date ? formatWhen(date) : '',
    sort: date ? sortKey(date) : year && year !== unknownYear ? `${year}-00-00` : '0000-00-00',
    example: card.example,
    keywords: searchKeywords([card.title, ...about]),
    filters: {
      类型: [type],
      年度: year ? [year] : [],
      单位: units,
      地区: regions,
      类别: unique([classes.category]),
      扶贫领域: unique([...(classes.areas ?? [])]),
    },
  };
}

/** The facets of an entry of any collection (notice, activity, story, commendation, appeal). */
export function entryFacets(kind: Kind, entry: { id: string; data: FacetData }): SearchFacets {
  const card = cardOf(kind, entry);
  const d = entry.data;
  const units = unique([
    ...(d.lead ?? []),
    ...(d.partners ?? []),
    d.publisher,
    d.signedBy,
    d.conferredBy,
    ...(d.organizers ?? []),
  ]);
  const regions = unique([...(d.regions ?? []), d.region]);
  return facets(
    card,
    [d.docNumber, d.award, ...(d.tags ?? [])],
    t(`kind.${kind}`),
    card.date,
    yearOf(d.campaign, card.date),
    units,
    regions,
    { category: d.category, areas: d.areas },
  );
}

/** The facets of a unit's page: found by its name, filtered as that unit. */
export function unitFacets(unit: { name: string; example?: boolean }): SearchFacets {
  return facets(
    { title: unit.name, example: unit.example ?? false },
    [],
    t('kind.units'),
    undefined,
    undefined,
    [unit.name],
    [],
  );
}

/** The facets of a region's page. */
export function regionFacets(region: { name: string }): SearchFacets {
  return facets(
    { title: region.name, example: false },
    [],
    t('kind.regions'),
    undefined,
    undefined,
    [],
    [region.name],
  );
}

/** The facets of one campaign's schedule page (/campaigns/2020/). */
export function campaignFacets(id: string, title: string, campaign: CampaignData): SearchFacets {
  return facets(
    { title, example: campaign.example },
    [campaign.theme],
    t('kind.campaigns'),
    campaign.date,
    yearOf(id, undefined),
    [],
    [],
  );
}

/** The facets of a pairing programme's tracker: its own type, filtered by its counties and organizers. */
export function programmeFacets(
  programme: { id: string; data: FacetData & { organizers: readonly string[] } },
  regions: readonly string[],
): SearchFacets {
  const card = cardOf('programmes', programme);
  return facets(
    card,
    [],
    t('kind.programmes'),
    card.date,
    yearOf(programme.data.campaign, card.date),
    unique([...programme.data.organizers]),
    unique([...regions]),
  );
}

/** The facets of an enterprise's or a village's page: found by its name, filtered by its county. */
export function pairedFacets(
  kind: 'enterprises' | 'villages',
  item: { name: string; region?: string | undefined; example?: boolean },
): SearchFacets {
  return facets(
    { title: item.name, example: item.example ?? false },
    [],
    t(`kind.${kind}`),
    undefined,
    undefined,
    [],
    unique([item.region]),
  );
}
