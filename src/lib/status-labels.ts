/** Status words, shared by the page text and the in-browser script that corrects it. */
export const statusLabels = { upcoming: '即将开始', ongoing: '进行中', ended: '已结束' } as const;
