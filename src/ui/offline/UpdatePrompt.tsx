import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/useT.ts';
import { activateWaitingBuild, onWaitingChange, waitingWorker } from './serviceWorker.ts';
import './offline.css';

/** A bar offering to switch to a newly deployed build; the running class decides when. */
export function UpdatePrompt() {
  const t = useT();
  const waiting = useSyncExternalStore(onWaitingChange, waitingWorker);
  if (!waiting) return null;
  return (
    <div className="update-prompt" role="status">
      <span>{t('update.available')}</span>
      <button type="button" onClick={activateWaitingBuild}>{t('update.reload')}</button>
    </div>
  );
}
