/**
 * Which share images the build makes, and what each says: one per notice, activity,
 * story, commendation, appeal and pairing programme, the site's default card, and the feeds'
 * square icon. The layout is card.ts; the rendering render.ts.
 */
import {
  getActivities,
  getAppeals,
  getCampaigns,
  getCommendations,
  getCurrentCampaign,
  getNotices,
  getProgrammes,
  getStories,
} from '../content/query.ts';
import { campaignTitle } from '../content/campaigns.ts';
import { formatWhen } from '../content/dates.ts';
import {
  cardOf,
  defaultShareImage,
  feedImage,
  shareImageUrl,
  type Card,
} from '../content/entries.ts';
import { feedIconLayers, shareCardLayers, shareSize, type ShareLayers } from './card.ts';
import { site } from '../site/site.ts';
import { t } from '../site/ui.ts';

/** One image to build: its path under /og/ without .png, its layers, its size. */
export interface ShareImage {
  path: string;
  layers: ShareLayers;
  size: { width: number; height: number };
}

const pathOf = (url: string) => url.replace(/^\/og\//, '').replace(/\.png$/, '');

/** Every share image of the build. */
export async function shareImages(): Promise<ShareImage[]> {
  const campaigns = new Map((await getCampaigns()).map((c) => [c.id, campaignTitle(c.id, c.data)]));
  const image = (card: Card, campaign?: string, line?: string): ShareImage => ({
    path: pathOf(shareImageUrl(card.kind, card.id)),
    layers: shareCardLayers({
      kind: t(`nav.${card.kind}`),
      title: card.title,
      line: line ?? (card.date && formatWhen(card.date)),
      campaign: campaign && campaigns.get(campaign),
      example: card.example,
      site: site.title,
    }),
    size: shareSize,
  });
  const current = await getCurrentCampaign();
  return [
    {
      path: pathOf(defaultShareImage),
      layers: shareCardLayers({
        kind: '10月17日',
        title: site.description,
        line: site.organiser,
        campaign: current && campaignTitle(current.id, current.data),
        example: false,
        site: site.title,
      }),
      size: shareSize,
    },
    {
      path: pathOf(feedImage.path),
      layers: feedIconLayers(feedImage.size),
      size: { width: feedImage.size, height: feedImage.size },
    },
    ...(await getNotices()).map((e) => image(cardOf('notices', e), e.data.campaign)),
    ...(await getActivities()).map((e) => image(cardOf('activities', e), e.data.campaign)),
    ...(await getStories()).map((e) => image(cardOf('stories', e))),
    ...(await getCommendations()).map((e) =>
      image(cardOf('commendations', e), e.data.campaign, e.data.award),
    ),
    ...(await getAppeals()).map((e) => image(cardOf('appeals', e), e.data.campaign)),
    ...(await getProgrammes()).map((e) => image(cardOf('programmes', e), e.data.campaign)),
  ];
}
