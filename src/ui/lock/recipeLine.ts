/**
 * The lock recipe's printed lines in the reader's language. The engine's recipe logs plain English lines
 * (they sit in the client's output beside real zkCli text); this reads each back by its shape and words it
 * through t(). A line of another shape (zkCli's own output) is shown as it is.
 */
import type { MessageKey } from '../i18n/en.ts';
import type { MessageParams } from '../i18n/translate.ts';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Each shape of line the recipe prints, most specific first, with the message that words it. */
const SHAPES: readonly { readonly re: RegExp; readonly key: MessageKey; readonly names: readonly string[] }[] = [
  { re: /^create -e -s (\S+)$/, key: 'lock.line.createSequential', names: ['path'] },
  { re: /^create (\S+)$/, key: 'lock.line.create', names: ['path'] },
  { re: /^created (\S+)$/, key: 'lock.line.created', names: ['node'] },
  { re: /^getChildren (\S+) \(watch\)$/, key: 'lock.line.listWatch', names: ['path'] },
  { re: /^getChildren (\S+)$/, key: 'lock.line.list', names: ['path'] },
  { re: /^children: \[(.*)\]$/, key: 'lock.line.children', names: ['children'] },
  { re: /^(\S+) is the lowest: holding the lock$/, key: 'lock.line.lowest', names: ['node'] },
  { re: /^not the lowest: waiting for any change of (\S+)$/, key: 'lock.line.waitAny', names: ['path'] },
  { re: /^not the lowest: exists -w (\S+)$/, key: 'lock.line.waitPredecessor', names: ['path'] },
  { re: /^(\S+) is already gone$/, key: 'lock.line.gone', names: ['path'] },
  { re: /^notified: (\S+) (\S+)$/, key: 'lock.line.notified', names: ['type', 'path'] },
  { re: /^delete (\S+) \(release\)$/, key: 'lock.line.release', names: ['node'] },
  { re: /^\(process killed\)$/, key: 'lock.line.killed', names: [] },
];

/** A line the lock recipe printed, in the language `t` speaks; any other line unchanged. */
export function recipeLineText(line: string, t: Translate): string {
  for (const { re, key, names } of SHAPES) {
    const m = re.exec(line);
    if (m) return t(key, Object.fromEntries(names.map((n, i) => [n, m[i + 1]])));
  }
  return line;
}
