/** Status words, shared by the page text and the in-browser script that corrects it. */
export const statusLabels = { upcoming: '即将开始', ongoing: '进行中', ended: '已结束' } as const;

/** The same words on the Traditional pages (the script sets them after the build's conversion). */
export const statusLabelsHant = {
  upcoming: '即將開始',
  ongoing: '進行中',
  ended: '已結束',
} as const;

/** Words of a reporting deadline's state; `{n}` is the number of days left. */
export const dueLabels = { past: '已过期', today: '今天截止', left: '还剩 {n} 天' } as const;

/** The deadline words on the Traditional pages. */
export const dueLabelsHant = { past: '已過期', today: '今天截止', left: '還剩 {n} 天' } as const;
