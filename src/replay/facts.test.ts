import { describe, expect, it } from 'vitest';
import { readFact } from './facts.ts';
import { m, phraseText } from '../scenario/phrase';

const fact = (msg: string) => {
  const r = readFact(msg);
  if ('error' in r) throw new Error(phraseText(r.error));
  return r.fact;
};

describe('notification lines of every ZooKeeper version', () => {
  it('reads the 3.5–3.9 key:value layout', () => {
    expect(fact('Notification: my state:LOOKING; n.sid:2, n.state:LOOKING, n.leader:2, n.round:0x1f, n.peerEpoch:0x3, n.zxid:0x300000002, message format version:0x2, n.config version:0x0')).toEqual({
      kind: 'notification', sid: 2, state: 'LOOKING', leader: 2, zxid: '0x300000002', round: 31, peerEpoch: 3, myState: 'LOOKING', version: 2,
    });
  });
  it('reads the 3.4.6+ layout (message format version first, no comma before my state)', () => {
    expect(fact('Notification: 1 (message format version), 2 (n.leader), 0x0 (n.zxid), 0x1 (n.round), LEADING (n.state), 2 (n.sid), 0x1 (n.peerEpoch) LOOKING (my state)')).toEqual({
      kind: 'notification', sid: 2, state: 'LEADING', leader: 2, zxid: '0x0', round: 1, peerEpoch: 1, myState: 'LOOKING', version: 1,
    });
  });
  it('reads the 3.4.0–3.4.5 layout (no version, n.peerEPoch spelled so)', () => {
    expect(fact('Notification: 3 (n.leader), 0xA00000001 (n.zxid), 0x2 (n.round), FOLLOWING (n.state), 1 (n.sid), 0xa (n.peerEPoch), LOOKING (my state)')).toMatchObject({
      sid: 1, state: 'FOLLOWING', leader: 3, zxid: '0xa00000001', round: 2, peerEpoch: 10, myState: 'LOOKING', version: null,
    });
  });
  it('reads the early 3.5 layout with the config version glued after my state', () => {
    expect(fact('Notification: 2 (message format version), 1 (n.leader), 0x0 (n.zxid), 0x1 (n.round), LOOKING (n.state), 1 (n.sid), 0x0 (n.peerEPoch), LOOKING (my state)100000000 (n.config version)')).toMatchObject({ sid: 1, leader: 1, round: 1 });
  });
  it('reports a Notification whose fields are broken instead of guessing', () => {
    expect(readFact('Notification: my state:LOOKING; n.sid:two, n.state:LOOKING')).toEqual({ error: m`looks like a Notification but its fields could not be read` });
    expect(readFact('Notification: garbage')).toHaveProperty('error');
  });
  it('does not take "Notification time out" for a notification', () => {
    expect(fact('Notification time out: 400')).toEqual({ kind: 'notification-timeout', ms: 400 });
  });
});

describe('state, election and sync lines', () => {
  it('reads the bare state lines and "Peer state changed"', () => {
    expect(fact('LOOKING')).toEqual({ kind: 'state', state: 'LOOKING', detail: null });
    expect(fact('OBSERVING')).toEqual({ kind: 'state', state: 'OBSERVING', detail: null });
    expect(fact('Peer state changed: following - synchronization - diff')).toEqual({ kind: 'state', state: 'FOLLOWING', detail: 'synchronization - diff' });
    expect(fact('Peer state changed: leading')).toEqual({ kind: 'state', state: 'LEADING', detail: null });
  });
  it('reads LEADER ELECTION TOOK with (3.5+) and without (3.4) its unit', () => {
    expect(fact('FOLLOWING - LEADER ELECTION TOOK - 253 MS')).toEqual({ kind: 'election-took', state: 'FOLLOWING', ms: 253 });
    expect(fact('LEADING - LEADER ELECTION TOOK - 2283')).toEqual({ kind: 'election-took', state: 'LEADING', ms: 2283 });
  });
  it('reads New election with its proposed zxid', () => {
    expect(fact('New election. My id = 3, proposed zxid=0x0')).toEqual({ kind: 'new-election', myid: 3, proposedZxid: '0x0' });
    expect(fact('New election. My id =  1, proposed zxid=0x100000003')).toEqual({ kind: 'new-election', myid: 1, proposedZxid: '0x100000003' });
  });
  it('reads the learner and leader sync lines', () => {
    expect(fact('Getting a diff from the leader 0x0')).toEqual({ kind: 'sync-from-leader', mode: 'diff', zxid: '0x0' });
    expect(fact('Getting a snapshot from leader 0x100000000')).toEqual({ kind: 'sync-from-leader', mode: 'snap', zxid: '0x100000000' });
    expect(fact('Truncating log to get in sync with the leader 0x200000005')).toEqual({ kind: 'sync-from-leader', mode: 'trunc', zxid: '0x200000005' });
    expect(fact('Synchronizing with Learner sid: 3 maxCommittedLog=0x0 minCommittedLog=0x0 lastProcessedZxid=0x100000000 peerLastZxid=0x0')).toEqual({ kind: 'sync-learner', sid: 3, peerLastZxid: '0x0' });
    expect(fact('Synchronizing with Follower sid: 1 maxCommittedLog=0x0 minCommittedLog=0x0 peerLastZxid=0x0')).toEqual({ kind: 'sync-learner', sid: 1, peerLastZxid: '0x0' });
  });
  it('reads the epoch and quorum lines', () => {
    expect(fact('Have quorum of supporters, sids: [[1, 3]]; starting up and setting last processed zxid: 0x100000000')).toEqual({ kind: 'quorum-up', sids: [1, 3], zxid: '0x100000000' });
    expect(fact('Have quorum of supporters, sids: [ 1,2 ]; starting up and setting last processed zxid: 0x100000000')).toMatchObject({ sids: [1, 2] });
    expect(fact('acceptedEpoch not found! Creating with a reasonable default of 0. This should only happen when you are upgrading your installation')).toEqual({ kind: 'epoch', name: 'acceptedEpoch', value: 0 });
    expect(fact('Learner received UPTODATE message')).toEqual({ kind: 'learner-packet', packet: 'UPTODATE' });
  });
  it('keeps any other ZooKeeper message as "other"', () => {
    expect(fact('Snapshotting: 0x0 to /data/version-2/snapshot.0')).toEqual({ kind: 'other' });
  });
});
