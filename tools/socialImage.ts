/**
 * `npm run social-image`: draws `src/assets/social-image.svg` into `public/social-image.png`, the
 * 1200 × 630 image social sites show with a shared link (most of them refuse SVG). Run it only after
 * changing the design; the PNG is committed, so builds never depend on a browser or its fonts.
 */
import { readFileSync, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureChromium } from './lib/browser.ts';
import { SOCIAL_IMAGE_SIZE } from '../src/lib/socialMeta.ts';

const SOURCE = 'src/assets/social-image.svg';
const TARGET = 'public/social-image.png';

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: SOCIAL_IMAGE_SIZE, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0">${readFileSync(SOURCE, 'utf8')}</body>`);
  await page.locator('svg').screenshot({ path: TARGET, type: 'png' });
  console.log(
    `${TARGET}: ${SOCIAL_IMAGE_SIZE.width} × ${SOCIAL_IMAGE_SIZE.height}, ${Math.round(statSync(TARGET).size / 1024)} KB`,
  );
} finally {
  await browser.close();
}
