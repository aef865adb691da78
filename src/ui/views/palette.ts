/**
 * Colours of server states and message kinds: calm, distinguishable, the same in the legend and the
 * drawings. Zab packets are grouped by phase (discovery, sync, broadcast, heartbeat).
 */
import type { StateWord } from '../../worker/protocol.ts';

/** Fill of a server in each state. */
export const STATE_COLOURS: Record<StateWord, string> = {
  LOOKING: '#e0a526',
  FOLLOWING: '#3d7fc1',
  LEADING: '#2e9d6a',
  OBSERVING: '#8b78c9',
  STOPPED: '#9aa1a9',
};

/** A message kind's group for colouring and the legend. */
export type MessageGroup = 'notification' | 'discovery' | 'sync' | 'proposal' | 'ack' | 'commit' | 'ping';

/** Colour of each message group. */
export const MESSAGE_COLOURS: Record<MessageGroup, string> = {
  notification: '#e07b39',
  discovery: '#7a5fc0',
  sync: '#2a8fa8',
  proposal: '#c2417a',
  ack: '#5e9e3a',
  commit: '#2f5fc1',
  ping: '#8d949c',
};

const GROUP_OF: Record<string, MessageGroup> = {
  NOTIFICATION: 'notification', FOLLOWERINFO: 'discovery', OBSERVERINFO: 'discovery', LEADERINFO: 'discovery', ACKEPOCH: 'discovery',
  DIFF: 'sync', TRUNC: 'sync', SNAP: 'sync', NEWLEADER: 'sync', UPTODATE: 'sync',
  PROPOSAL: 'proposal', INFORM: 'proposal', REQUEST: 'proposal', ACK: 'ack', COMMIT: 'commit', PING: 'ping', SYNC: 'ping',
};

/** The group of a message kind (NOTIFICATION or a quorum packet type). */
export function groupOf(kind: string): MessageGroup {
  return GROUP_OF[kind] ?? 'ping';
}
