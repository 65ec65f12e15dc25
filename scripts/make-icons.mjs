// Renders assets/icon.svg to the PNG sizes the stores and notifications need, and
// assets/promo-tile.svg to the Chrome Web Store's 440 x 280 promo tile.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
const tile = await browser.newPage({ viewport: { width: 440, height: 280 } });
await tile.setContent(`<style>html,body{margin:0}svg{display:block}</style>${readFileSync(new URL('../assets/promo-tile.svg', import.meta.url), 'utf8')}`);
await tile.screenshot({ path: 'store/promo-tile.png' });
await browser.close();
