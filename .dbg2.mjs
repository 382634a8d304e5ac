import { chromium } from 'playwright-core';
const port = process.argv[2];
const b = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
await p.goto(`http://localhost:${port}/search/?q=扶贫日&sort=date`);
await p.waitForTimeout(6000);
const items = await p
  .locator('pagefind-results li')
  .evaluateAll((ls) => ls.map((l) => l.innerText.replace(/\s+/g, ' ').slice(0, 90)));
console.log(items.join('\n'));
await b.close();
