import { chromium } from '@playwright/test';
import { recorderScript, measurePlayback, soakHeapGrowth } from './ui-feel-bench.ts';
const BASE = process.env.BASE ?? 'http://127.0.0.1:4312/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
await page.addInitScript(recorderScript());
await page.goto(BASE + '?bench');
await page.getByRole('button', { name: /^Server 1,/ }).waitFor();
const MENU: Record<string, string> = { five: 'Fresh start: five servers elect a leader', fiftyOne: '51 voters (large)' };
async function setup(preset: string, speed: string, want: number) {
  await page.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByRole('menuitem', { name: MENU[preset], exact: true }).click();
  await page.getByRole('button', { name: new RegExp(`^Server ${preset === 'fiftyOne' ? 51 : 5},`) }).waitFor();
  await page.evaluate(async (want) => {
    const b = (window as any).__zkBench;
    for (let t = 1; t < 400; t++) { await b.seek(t); if ((b.last()?.messages ?? 0) >= want) return; }
  }, want);
  await page.getByRole('slider', { name: 'Speed' }).fill(speed);
}
const which = process.argv[2] ?? 'both';
if (which !== '51') { await setup('five', '-2', 8); console.log('five', await measurePlayback(page, 5000)); }
if (which !== '5') { await setup('fiftyOne', '-3', 500); console.log('51', await measurePlayback(page, 5000)); }
if (process.env.SOAK) { await setup('five', '2', 0); console.log('soak', await soakHeapGrowth(browser, page, Number(process.env.SOAK))); }
await browser.close();
