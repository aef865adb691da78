/**
 * Running a scenario event (or a user's action) at its time.
 */
import type { ScenarioEvent } from '../scenario/types';
import type { Handled } from './handle-event';
import { boot } from './handle-event';
import { heal, reachable, setLinkCut, setPartition } from './network';
import { stopServer } from './server-lifecycle';
import { loseInFlight } from './transmit';
import type { World } from './world';
import { clientCommand, killClient, lockCommand, unlockCommand } from './clients';
import { breakCutLinks } from './zab-links';
import { delayMessage, dropMessage, duplicateMessage, setLinkLatency, setSlow } from './faults';

/** Carries out one timed action. */
export function runAction(w: World, e: ScenarioEvent): Handled {
  switch (e.do) {
    case 'start':
      boot(w, e.server);
      return { sid: e.server, messageId: null };
    case 'stop':
      w.io.sid = e.server;
      if (w.state.peers.get(e.server)?.mem) w.io.mark('peer.stop', { signal: e.signal });
      stopServer(w, e.server);
      return { sid: e.server, messageId: null };
    case 'partition':
      setPartition(w, e.groups);
      breakCutLinks(w);
      // Whatever is on a cut learner link now will not arrive; election data waits in TCP (retransmitLater).
      loseInFlight(w, 'partition', (m) => m.channel !== 'election' && !reachable(w, m.from, m.to));
      return { sid: null, messageId: null };
    case 'cut':
      setLinkCut(w, e.servers[0], e.servers[1], true);
      breakCutLinks(w);
      loseInFlight(w, 'partition', (m) => m.channel !== 'election' && !reachable(w, m.from, m.to));
      return { sid: null, messageId: null };
    case 'mend':
      setLinkCut(w, e.servers[0], e.servers[1], false);
      return { sid: null, messageId: null };
    case 'drop':
      dropMessage(w, e.message);
      return { sid: null, messageId: e.message };
    case 'delay':
      delayMessage(w, e.message, e.ms);
      return { sid: null, messageId: e.message };
    case 'duplicate':
      duplicateMessage(w, e.message);
      return { sid: null, messageId: e.message };
    case 'latency':
      setLinkLatency(w, e.servers[0], e.servers[1], e.latencyMs);
      return { sid: null, messageId: null };
    case 'slow':
      setSlow(w, e.server, e.ms);
      return { sid: e.server, messageId: null };
    case 'heal':
      heal(w);
      return { sid: null, messageId: null };
    case 'snapshot':
      w.onSnapshot?.(w, e.label);
      return { sid: null, messageId: null };
    case 'client':
      clientCommand(w, e.session, e.servers ?? [...w.state.peers.keys()], e.command);
      return { sid: null, messageId: null };
    case 'lock':
      lockCommand(w, e.session, e.servers ?? [...w.state.peers.keys()], e.path, e.herd);
      return { sid: null, messageId: null };
    case 'unlock':
      unlockCommand(w, e.session);
      return { sid: null, messageId: null };
    case 'kill':
      killClient(w, e.session);
      return { sid: null, messageId: null };
  }
}
