/** How a campaign (one year's Poverty Alleviation Day) is named on the page. */
import { formatWhen, type When } from './dates.ts';

/** The fields of a campaign these helpers read. */
export interface CampaignData {
  date: When;
  edition?: number | undefined;
  idepEdition?: number | undefined;
  theme: string;
  example: boolean;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A number as plans write ordinals: 7 → 七, 12 → 十二, 28 → 二十八. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

/** The heading of a campaign: "2020年扶贫日", or "扶贫日（示例，年份未定）". */
export function campaignTitle(id: string, c: CampaignData): string {
  return c.date.end.year === null ? '扶贫日（示例方案，年份未定）' : `${id}年扶贫日`;
}

/** The line under the heading: "2020年10月17日是我国第七个扶贫日，也是第28个国际消除贫困日". */
export function campaignLine(c: CampaignData): string {
  const day = formatWhen(c.date);
  const parts = [
    c.edition ? `${day}是我国第${chineseNumber(c.edition)}个扶贫日` : `${day}是扶贫日`,
  ];
  if (c.idepEdition) parts.push(`也是第${c.idepEdition}个国际消除贫困日`);
  return parts.join('，');
}
