import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../scenario/presets/index.ts';
import { Session } from '../../playback/session.ts';
import type { MessageKey } from '../i18n/en.ts';
import { translate, type MessageParams } from '../i18n/translate.ts';
import { recipeLineText } from './recipeLine.ts';

/** Every line the lock clients of a preset printed by its end. */
function recipeLines(id: 'lock-recipe' | 'lock-queue' | 'lock-holder-dies' | 'lock-herd'): string[] {
  const scenario = presetScenario(id);
  const f = new Session(scenario).handle({ type: 'seekTime', t: scenario.until, req: 0 });
  return f.clients.filter((c) => c.recipe).flatMap((c) => c.lines.map((l) => l.text));
}

/** The lines the connection itself prints (as zkCli does), not the recipe. */
const connectionLine = (l: string) => l === '' || l === 'WATCHER::' || l.startsWith('WatchedEvent ');

describe('the lock recipe speaks the reader\'s language', () => {
  it('every line the recipe prints in the lock presets has a shape with a message, and reads back to itself in English', () => {
    const lines = [...new Set((['lock-recipe', 'lock-queue', 'lock-holder-dies', 'lock-herd'] as const).flatMap(recipeLines))].filter((l) => !connectionLine(l));
    expect(lines.some((l) => l.endsWith('is the lowest: holding the lock'))).toBe(true);
    expect(lines.some((l) => l.startsWith('notified: NodeDeleted'))).toBe(true);
    for (const line of lines) {
      const used: MessageKey[] = [];
      const en = recipeLineText(line, (key: MessageKey, params?: MessageParams) => (used.push(key), translate('en', key, params)));
      expect(used, line).toHaveLength(1);
      expect(en).toBe(line);
    }
  });

  it('in zh-CN the narrating lines are Chinese while commands, paths and event types stay as ZooKeeper writes them', () => {
    const zh = (line: string) => recipeLineText(line, (key, params) => translate('zh-CN', key, params));
    expect(zh('/locks/lock-0000000000 is the lowest: holding the lock')).toBe('/locks/lock-0000000000 序号最小：持有锁');
    expect(zh('notified: NodeDeleted /locks/lock-0000000001')).toBe('收到通知：NodeDeleted /locks/lock-0000000001');
    expect(zh('not the lowest: exists -w /locks/lock-0000000002')).toBe('不是最小：exists -w /locks/lock-0000000002');
    expect(zh('[zk: server1:2181(CONNECTED) 0] ls /')).toBe('[zk: server1:2181(CONNECTED) 0] ls /');
  });
});
