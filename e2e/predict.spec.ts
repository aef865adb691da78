import { expect, test, type Page } from '@playwright/test';
import { collectErrors, openApp } from './helpers';

/** Leaves only the "Who becomes leader?" question on, by its label in the settings menu. */
async function onlyLeaderQuestions(page: Page, settings: string, leaderLabel: string): Promise<void> {
  await page.getByText(settings, { exact: true }).click();
  const boxes = page.getByRole('group', { name: /Predict|预测/ }).getByRole('checkbox');
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    const label = await box.evaluate((el) => el.parentElement?.textContent ?? '');
    if ((label === leaderLabel) !== (await box.isChecked())) await box.click();
  }
  await page.getByText(settings, { exact: true }).click();
}

for (const lang of ['en', 'zh-CN'] as const) {
  const L = lang === 'en'
    ? { predict: 'Predict', settings: 'Questions', leader: 'Who becomes leader?', play: 'Play', score: '0 of 1 right', wrong: /Not this time/, cont: 'Continue' }
    : { predict: '预测', settings: '题目', leader: '谁会成为 Leader？', play: '播放', score: '答对 0 / 1', wrong: /这次没答对/, cont: '继续' };

  test(`predict (${lang}): a wrong answer to "who becomes leader" is revealed with the rule that decided, and the score counts it`, async ({ page }) => {
    const errors = collectErrors(page);
    await openApp(page);
    if (lang === 'zh-CN') await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
    await onlyLeaderQuestions(page, L.settings, L.leader);
    const predict = page.getByRole('switch', { name: L.predict });
    await predict.click();
    await expect(predict).toHaveAttribute('aria-checked', 'true');
    await page.getByRole('button', { name: L.play, exact: true }).click();
    const card = page.getByTestId('predict-card');
    await expect(card).toBeVisible();
    // Fresh start: three empty servers, so the highest id, 3, wins. Pick server 1: wrong on purpose.
    const wrong = card.getByRole('button', { name: /1$/ });
    await wrong.click();
    await expect(card.getByRole('status')).toContainText(L.wrong);
    await expect(card.getByTestId('predict-rule')).toHaveAttribute('data-rule', 'fle.decided');
    await expect(card.getByTestId('predict-rule')).toContainText(lang === 'en' ? 'leader 3' : '领导者为 3');
    await expect(page.getByTestId('predict-score')).toHaveText(L.score);
    // The rule panel shows the same decision.
    await expect(page.getByTestId('rule-reason')).toHaveAttribute('data-rule', 'fle.decided');
    await card.getByRole('button', { name: L.cont }).click();
    await expect(card).toBeHidden();
    expect(errors).toEqual([]);
  });
}
