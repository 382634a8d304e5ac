/** The site's own settings: the one place an office changes its name, address and organiser. */
export const site = {
  /** Site name, shown in the header and the title of every page. */
  name: '扶贫日',
  /** Longer name for feeds and share cards. */
  title: '扶贫日活动专题网站',
  /** One-line description for search engines and feeds. */
  description: '扶贫日（10月17日）活动安排、通知公告、表彰、脱贫故事与倡议，一站可查。',
  /** Public address of the built site, without a trailing slash; set SITE_URL to override. */
  url: (process.env.SITE_URL ?? 'https://fupinri.example.gov.cn').replace(/\/$/, ''),
  /** The office that runs the site (a unit name from units.yaml). */
  organiser: '塔城地区扶贫开发领导小组办公室',
  /** 网站标识码 (SiteIDCode) issued to government websites; set SITE_ID_CODE, or leave empty and the tag is left out. */
  siteIdCode: (process.env.SITE_ID_CODE ?? '').trim(),
  /** Language of every page. */
  lang: 'zh-CN',
  /** Time zone every date on the site is read in. */
  timeZone: 'Asia/Shanghai',
  /** Month and day of Poverty Alleviation Day. */
  day: { month: 10, day: 17 },
  /** Entries per page in every list. */
  pageSize: 20,
} as const;
