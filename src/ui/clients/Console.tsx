import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { ZKCLI_COMMANDS, type ClientView } from '../../worker/protocol.ts';
import { useT } from '../i18n/useT.ts';
import { actAndSettle } from '../state/clientActions.ts';
import { rememberTyped, useDataStore } from '../state/dataStore.ts';
import { useRunStore } from '../state/runStore.ts';
import { complete, historyStep } from './completion.ts';
import { useScrolledToEnd } from '../components/useScrolledToEnd.ts';

const NO_HISTORY: readonly string[] = [];

/**
 * One client's zkCli console: the engine's output (zkCli 3.8's exact text) in a log, an input that
 * sends each line as a timed `client` action, ↑/↓ history and Tab completion of commands and paths.
 */
export function Console({ client }: { client: ClientView }) {
  const t = useT();
  const inputId = useId();
  const [line, setLine] = useState('');
  const [options, setOptions] = useState<readonly string[]>([]);
  const history = useDataStore((s) => s.typed[client.name] ?? NO_HISTORY);
  const [pos, setPos] = useState<number | null>(null);
  const paths = useRunStore((s) => s.frame?.tree?.nodes);
  const logRef = useRef<HTMLDivElement>(null);
  const alive = client.state !== 'CLOSED' && client.state !== 'EXPIRED' && !client.killed;

  useScrolledToEnd(logRef, client.lines);

  const onKey = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'Enter') {
      const cmd = line.trim();
      if (!cmd) return;
      rememberTyped(client.name, cmd);
      actAndSettle({ do: 'client', session: client.name, servers: client.server === null ? [] : [client.server], command: cmd });
      setLine('');
      setOptions([]);
      setPos(null);
    } else if (ev.key === 'ArrowUp' || ev.key === 'ArrowDown') {
      const next = historyStep(history, pos ?? history.length, ev.key === 'ArrowUp' ? -1 : 1);
      setPos(next);
      setLine(history[next] ?? '');
    } else if (ev.key === 'Tab' && line.trim() !== '') {
      const c = complete(line, ZKCLI_COMMANDS, (paths ?? []).filter((n) => !n.missing).map((n) => n.path));
      setLine(c.line);
      setOptions(c.options);
    } else return;
    // Keys used here are the console's, not the player's shortcuts.
    ev.preventDefault();
  };

  return (
    <section className="console" aria-label={t('console.heading', { name: client.name })}>
      <h4>{t('console.heading', { name: client.name })} <span className={`cstate s-${client.state}`}>{client.state}</span></h4>
      <div className="console-log" role="log" aria-label={t('console.output', { name: client.name })} ref={logRef} tabIndex={0}>
        {client.lines.map((l, i) => (
          <div key={i} className={l.kind === 'in' ? 'cin' : undefined}>{l.text === '' ? '\u00a0' : l.text}</div>
        ))}
      </div>
      {options.length > 0 && <div className="console-options" aria-label={t('console.options')}>{options.join('  ')}</div>}
      {alive ? (
        <input
          id={inputId} className="console-input" type="text" spellCheck={false} autoComplete="off" aria-label={t('console.input')}
          value={line} onChange={(e) => { setLine(e.currentTarget.value); setPos(null); }} onKeyDown={onKey}
          placeholder="ls /"
        />
      ) : <p className="hint">{t('console.dead')}</p>}
    </section>
  );
}
