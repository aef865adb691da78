import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { usePhraseText, useT } from '../i18n/useT.ts';
import { replaySample, setReplayDialog, stage, stageFiles, startReplay, unstage, useReplayStore } from './replayStore.ts';
import { LOG_SAMPLES } from './samples.ts';

/**
 * "Replay logs": drop, pick or paste the logs of several ZooKeeper servers, then replay them in the
 * cluster view. A native modal <dialog>, so focus stays inside and Escape closes it. Log text is only
 * ever rendered as text.
 */
export default function ReplayDialog() {
  const t = useT();
  const text = usePhraseText();
  const ref = useRef<HTMLDialogElement>(null);
  const staged = useReplayStore((s) => s.staged);
  const problems = useReplayStore((s) => s.problems);
  const busy = useReplayStore((s) => s.busy);
  const progress = useReplayStore((s) => s.progress);
  const [over, setOver] = useState(false);
  const [pasteName, setPasteName] = useState('');
  const [pasteText, setPasteText] = useState('');
  const pickId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void stageFiles([...e.dataTransfer.files]);
  };
  const addPasted = () => {
    stage([{ name: pasteName.trim() || t('replay.pastedName', { n: staged.length + 1 }), text: pasteText }]);
    setPasteText('');
    setPasteName('');
  };
  return (
    <dialog ref={ref} className="replay-dialog" aria-labelledby="replay-heading" onClose={() => setReplayDialog(false)}>
      <h2 id="replay-heading">{t('replay.heading')}</h2>
      <p className="hint">{t('replay.intro')}</p>
      <div
        className={`drop-zone${over ? ' over' : ''}`} data-testid="drop-zone"
        onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}
      >
        <p>{t('replay.drop')}</p>
        <label htmlFor={pickId} className="button-like">{t('replay.pick')}</label>
        <input
          id={pickId} className="visually-hidden-input" type="file" multiple accept=".log,.txt,.out,text/plain"
          aria-label={t('replay.pickLabel')} onChange={(e) => { void stageFiles([...(e.currentTarget.files ?? [])]); e.currentTarget.value = ''; }}
        />
      </div>
      <details className="paste">
        <summary>{t('replay.pasteHeading')}</summary>
        <label>
          <span>{t('replay.pasteName')}</span>
          <input value={pasteName} onChange={(e) => setPasteName(e.currentTarget.value)} placeholder="server1.log" />
        </label>
        <label>
          <span>{t('replay.pasteText')}</span>
          <textarea rows={6} value={pasteText} spellCheck={false} onChange={(e) => setPasteText(e.currentTarget.value)} />
        </label>
        <button type="button" onClick={addPasted} disabled={pasteText.trim() === ''}>{t('replay.pasteAdd')}</button>
      </details>
      <h3>{t('replay.samplesHeading')}</h3>
      <ul className="samples">
        {LOG_SAMPLES.map((sample) => (
          <li key={sample.id}>
            <button type="button" onClick={() => replaySample(sample, `${t(sample.title)}.md`)} disabled={busy}>{t(sample.open)}</button>
            <p className="hint">{t(sample.explain)}</p>
          </li>
        ))}
      </ul>
      <h3>{t('replay.stagedHeading', { n: staged.length })}</h3>
      {staged.length === 0 ? <p className="hint">{t('replay.stagedEmpty')}</p> : (
        <ul className="staged" data-testid="staged-files">
          {staged.map((f) => (
            <li key={f.name}>
              <span className="file-name">{f.name}</span> <span className="hint">{t('replay.lines', { n: f.lines })}</span>
              <button type="button" onClick={() => unstage(f.name)} aria-label={t('replay.remove', { name: f.name })}>×</button>
            </li>
          ))}
        </ul>
      )}
      {busy && (
        <div className="replay-progress" role="status" data-testid="replay-progress">
          <span>{progress ? t('replay.progress', { done: progress.linesDone, total: progress.linesTotal }) : t('replay.busy')}</span>
          <progress max={progress?.linesTotal ?? undefined} value={progress?.linesDone ?? undefined} aria-label={t('replay.progressLabel')} />
        </div>
      )}
      {problems.length > 0 && (
        <div className="notice" role="alert" data-testid="replay-problems">
          <p>{t('replay.refused')}</p>
          <ul>{problems.map((p, i) => <li key={i}>{text(p)}</li>)}</ul>
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={startReplay} disabled={staged.length === 0 || busy}>{busy ? t('replay.busy') : t('replay.start')}</button>
        <button type="button" onClick={() => ref.current?.close()}>{t('replay.cancel')}</button>
      </div>
    </dialog>
  );
}
