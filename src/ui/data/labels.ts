/**
 * Translated text for the tree and connection drawings, built from a frame's plain data.
 */
import type { ClientMessageView, ClientView, WatchBadge, ZnodeView } from '../../worker/protocol.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { TFunction } from '../i18n/useT.ts';
import { serverName } from '../components/labels.ts';
import type { TreeLabels } from '../views/treeView.ts';
import type { WireLabels } from '../views/wireView.ts';

/** A watch kind's word. */
export function watchWord(t: TFunction, kind: WatchBadge['kind']): string {
  return t(`watch.${kind}` as MessageKey);
}

/** A znode's kind in words: persistent / ephemeral (owner) / container / TTL, plus sequential. */
export function kindText(t: TFunction, n: ZnodeView): string {
  const parts = [t(`tree.kind.${n.kind}` as MessageKey)];
  if (n.sequential) parts.push(t('tree.sequential'));
  if (n.kind === 'ephemeral') parts.push(t('tree.owner', { session: n.ownerSession ? `${n.ownerSession} (${n.owner})` : (n.owner ?? '') }));
  if (n.ttlMs !== null) parts.push(`ttl ${n.ttlMs} ms`);
  return parts.join(', ');
}

/** Labels of the tree view: a tree item is named by its path (a watched missing path says so). */
export function treeLabels(t: TFunction): TreeLabels {
  return {
    node: (n) => (n.missing ? t('tree.missing', { path: n.path }) : n.path),
    protectedMark: t('tree.protected'),
    badge: (b) => t('watch.badge', { kind: watchWord(t, b.kind), session: b.session, server: b.server }),
  };
}

/** Labels of the connection view. */
export function wireLabels(t: TFunction): WireLabels {
  return {
    client: (c: ClientView) => t('wire.client', { name: c.name, state: c.state }),
    server: (s) => serverName(t, s),
    message: (m: ClientMessageView) => t('wire.message', {
      label: m.label, from: m.up ? m.client : t('tree.server', { id: m.server }), to: m.up ? t('tree.server', { id: m.server }) : m.client,
    }),
  };
}
