/**
 * Log samples the Replay dialog offers as presets. Seed note 002 is a study note's own text (servers 3, 2
 * and 1's ZooKeeper 3.4 election logs, numbered, wrapped, fenced, with comments in Chinese), replayed
 * exactly as it was pasted.
 */
import seed002 from './samples/seed-002-late-joiner.txt?raw';
import type { MessageKey } from '../i18n/en.ts';

/** A sample: its text and the keys of its title and explanation. */
export interface LogSample {
  readonly id: 'seed002';
  readonly text: string;
  readonly title: MessageKey;
  readonly explain: MessageKey;
  readonly open: MessageKey;
}

/** Every sample, in the order the dialog lists them. */
export const LOG_SAMPLES: readonly LogSample[] = [
  { id: 'seed002', text: seed002, title: 'preset.seed002.title', explain: 'preset.seed002.explain', open: 'preset.seed002.open' },
];
