/** Status words, shared by the page text and the in-browser script that corrects it. */
export const statusLabels = { upcoming: '即将开始', ongoing: '进行中', ended: '已结束' } as const;

/** Words of a reporting deadline's state; `{n}` is the number of days left. */
export const dueLabels = { past: '已过期', today: '今天截止', left: '还剩 {n} 天' } as const;
