import { useState, type FormEvent } from 'react';
import './live.css';
import { useT } from '../i18n/useT.ts';
import { LiveConsole } from './LiveConsole.tsx';
import { LiveLock } from './LiveLock.tsx';
import { LiveServers } from './LiveServers.tsx';
import { LiveSessions } from './LiveSessions.tsx';
import { LiveStatus } from './LiveStatus.tsx';
import { LiveTree } from './LiveTree.tsx';
import { connectLive, disconnectLive, readBridgeLink, refreshLive, useLiveStore, validBridgeUrl } from './liveStore.ts';

/**
 * Live mode: a real ensemble seen through the local bridge. Everything shown is what the bridge polled;
 * nothing is sent to ZooKeeper unless the user types a command or clicks the lock buttons.
 */
export default function LivePanel() {
  const t = useT();
  const url = useLiveStore((s) => s.url);
  const token = useLiveStore((s) => s.token);
  return (
    <section className="live-panel" aria-labelledby="live-heading" data-testid="live-panel">
      <h2 id="live-heading">{t('live.heading')}</h2>
      <p className="hint">{t('live.intro')}</p>
      {/* Keyed on what is connected, so opening the bridge's link in an open tab refreshes the fields. */}
      <ConnectForm key={`${url} ${token}`} url={url} token={token} />
      <LiveStatus />
      <div className="live-grid">
        <LiveServers />
        <LiveTree />
        <LiveSessions />
        <LiveConsole />
        <LiveLock />
      </div>
    </section>
  );
}

/** The bridge's address and access token; pasting the link the bridge printed into the address fills both. */
function ConnectForm(props: { url: string; token: string }) {
  const t = useT();
  const link = useLiveStore((s) => s.link.kind);
  const [draft, setDraft] = useState(props.url);
  const [tokenDraft, setTokenDraft] = useState(props.token);
  const pasted = readBridgeLink(draft.trim());
  const valid = pasted !== null || validBridgeUrl(draft.trim());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pasted !== null) connectLive(pasted.url, pasted.token);
    else if (valid) connectLive(draft.trim(), tokenDraft.trim());
  };
  return (
    <>
      <form className="live-connect" onSubmit={submit}>
        <label>
          <span>{t('live.address')}</span>
          <input value={draft} onChange={(e) => setDraft(e.currentTarget.value)} spellCheck={false} aria-invalid={!valid} size={28} />
        </label>
        <label>
          <span>{t('live.token')}</span>
          <input type="password" value={pasted?.token ?? tokenDraft} onChange={(e) => setTokenDraft(e.currentTarget.value)} disabled={pasted !== null} autoComplete="off" spellCheck={false} size={20} />
        </label>
        <button type="submit" className="primary" disabled={!valid}>{link === 'closed' ? t('live.connect') : t('live.reconnect')}</button>
        <button type="button" onClick={disconnectLive} disabled={link === 'closed'}>{t('live.disconnect')}</button>
        <button type="button" onClick={refreshLive} disabled={link !== 'open'}>{t('live.refresh')}</button>
      </form>
      {!valid && <p className="notice" role="alert">{t('live.badAddress')}</p>}
    </>
  );
}
