import { expect, test } from '@playwright/test';
import { collectErrors } from './helpers';

const ENGLISH_TAGLINE = 'Watch a ZooKeeper ensemble elect a leader and agree, one message at a time.';
const CHINESE_TAGLINE = '一条消息接一条消息，看 ZooKeeper 集群如何选出 Leader 并达成一致。';


test('the app loads with its name, tagline and no console errors', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await expect(page).toHaveTitle(/zkscope/);
  await expect(page.getByRole('heading', { level: 1, name: 'zkscope' })).toBeVisible();
  await expect(page.getByTestId('tagline')).toHaveText(ENGLISH_TAGLINE);
  await expect(page.getByRole('region', { name: 'Ensemble' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual([]);
});

test('the Language control switches to Chinese and back, and is remembered after reload', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./');
  const language = page.getByRole('combobox', { name: 'Language' });

  await language.selectOption({ label: '简体中文' });
  await expect(page.getByTestId('tagline')).toHaveText(CHINESE_TAGLINE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('region', { name: '集群' })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('tagline')).toHaveText(CHINESE_TAGLINE);
  await expect(language).toHaveValue('zh-CN');
  await expect(page).toHaveTitle(/zkscope/);

  await language.selectOption({ label: 'English' });
  await expect(page.getByTestId('tagline')).toHaveText(ENGLISH_TAGLINE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByTestId('tagline')).toHaveText(ENGLISH_TAGLINE);
  expect(errors).toEqual([]);
});
