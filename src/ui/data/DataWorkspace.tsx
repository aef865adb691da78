import { Console } from '../clients/Console.tsx';
import { ClientsPanel } from '../clients/ClientsPanel.tsx';
import { useT } from '../i18n/useT.ts';
import { useRunStore } from '../state/runStore.ts';
import { StatPanel } from './StatPanel.tsx';
import { TreeRegion } from './TreeRegion.tsx';
import { WirePanel } from './WirePanel.tsx';

/** The consoles of the interactive sessions (lock contenders have their own view in the lock demo). */
function Consoles() {
  const clients = useRunStore((s) => s.frame?.clients);
  const interactive = (clients ?? []).filter((c) => c.recipe === null);
  if (interactive.length === 0) return null;
  return <div className="consoles">{interactive.map((c) => <Console key={c.name} client={c} />)}</div>;
}

/** The data side (issue 5): the znode tree and stat on the left; connections, sessions and consoles on the right. */
export default function DataWorkspace() {
  const t = useT();
  return (
    <div className="data-workspace">
      {/* The tab's heading, for screen readers: the views' headings (h3) sit under it, as in the cluster tab. */}
      <h2 className="visually-hidden">{t('tabs.data')}</h2>
      <div className="data-left">
        <TreeRegion />
        <StatPanel />
      </div>
      <div className="data-right">
        <WirePanel />
        <ClientsPanel />
        <Consoles />
      </div>
    </div>
  );
}
