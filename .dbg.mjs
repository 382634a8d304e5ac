import { chromium } from 'playwright-core';
const port = process.argv[2];
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto(`http://localhost:${port}/search/?q=扶贫日`);
await p.waitForTimeout(6000);
const sum = async () =>
  (await p.locator('[role=status], .pf-summary, pagefind-summary').allTextContents()).join('|');
console.log('before', await sum(), await p.locator('.search-result-meta').count());
await p.getByLabel('排序').selectOption({ label: '按日期（最新在前）' });
await p.waitForTimeout(6000);
console.log('after', await sum(), await p.locator('.search-result-meta').count());
await b.close();
