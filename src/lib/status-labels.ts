/** Status words, shared by the page text and the in-browser script that corrects it. */
export const statusLabels = { upcoming: '即将开始', ongoing: '进行中', ended: '已结束' } as const;

/** The same words on the Traditional pages (the script sets them after the build's conversion). */
export const statusLabelsHant = { upcoming: '即將開始', ongoing: '進行中', ended: '已結束' } as const;
