/**
 * Learner.registerWithLeader and syncWithLeader as far as epochs and timeouts go (reference §3.5,
 * §3.9), and the learner's ways back to LOOKING (§2).
 */
import { describe, expect, it } from 'vitest';
import { deliver, FakeIO, fire, input, note, started, z } from '../election/fake-io.test-helper';
import { bare, followerPeer, leaderInfo, recv } from './zab-test-helpers.test-helper';

describe('§3.5 register: FOLLOWERINFO, LEADERINFO, ACKEPOCH', () => {
  it('§3.5 1: once connected a follower sends FOLLOWERINFO(acceptedEpoch<<32, its sid) and reads with initLimit·tickTime', () => {
    const { io } = followerPeer(1, { currentEpoch: 2, acceptedEpoch: 4 });
    expect(io.zabSent).toEqual([{ to: 3, packet: { type: 'zab', packet: 'FOLLOWERINFO', zxid: z(4, 0), learnerSid: 1 } }]);
    expect(io.timerLog).toEqual([{ key: 'learner.read', delayMs: 20000 }]);
  });

  it('§3.5 1: an observer registers with OBSERVERINFO', () => {
    const { io } = followerPeer(4, { observer: true, currentEpoch: 1, acceptedEpoch: 1 }, [1, 2, 3], [4]);
    expect(io.zabSent[0].packet).toMatchObject({ packet: 'OBSERVERINFO', zxid: z(1, 0), learnerSid: 4 });
  });

  it('§3.5 2: a LEADERINFO epoch above acceptedEpoch is accepted and persisted; ACKEPOCH carries lastLoggedZxid and the old currentEpoch', () => {
    const { io, peer } = followerPeer(1, { currentEpoch: 2, acceptedEpoch: 3, txns: [z(2, 7)] });
    io.clear();
    recv(peer, 3, leaderInfo(4), io);
    expect(peer.disk).toMatchObject({ acceptedEpoch: 4, currentEpoch: 2 });
    expect(io.zabSent).toEqual([{ to: 3, packet: { type: 'zab', packet: 'ACKEPOCH', zxid: z(2, 7), currentEpoch: 2 } }]);
    expect(peer.mem!.zabState).toBe('SYNCHRONIZATION');
  });

  it('§3.5 2: a LEADERINFO epoch equal to acceptedEpoch is legal and answered with ACKEPOCH(-1) ("already accepted")', () => {
    const { io, peer } = followerPeer(1, { currentEpoch: 2, acceptedEpoch: 4 });
    io.clear();
    recv(peer, 3, leaderInfo(4), io);
    expect(io.zabSent[0].packet).toMatchObject({ packet: 'ACKEPOCH', currentEpoch: -1 });
    expect(peer.disk).toMatchObject({ acceptedEpoch: 4, currentEpoch: 2 });
    expect(peer.mem!.state).toBe('FOLLOWING');
  });

  it('§3.5 2/§2: a LEADERINFO epoch below acceptedEpoch sends the learner back to LOOKING without an ACKEPOCH', () => {
    const { io, peer } = followerPeer(1, { currentEpoch: 2, acceptedEpoch: 5 });
    io.clear();
    recv(peer, 3, leaderInfo(4), io);
    expect(io.codes()).toContain('zab.epoch.rejected');
    expect(io.zabSent.filter((s) => s.packet.packet === 'ACKEPOCH')).toEqual([]);
    expect(io.zabClosed).toContain(3);
    expect(peer.mem!.state).toBe('LOOKING');
    expect(peer.disk.acceptedEpoch).toBe(5);
    expect(peer.mem!.election.logicalclock).toBe(2);
  });
});

describe('§3.5 sync: NEWLEADER and UPTODATE', () => {
  it('§3.5 4: the learner persists currentEpoch at NEWLEADER (not before), ACKs epoch<<32 and shortens its read timeout to syncLimit·tickTime', () => {
    const { io, peer } = followerPeer(1, { currentEpoch: 0, acceptedEpoch: 0 });
    recv(peer, 3, leaderInfo(1), io);
    recv(peer, 3, bare('DIFF', 0n), io);
    expect(peer.disk.currentEpoch).toBe(0);
    expect(io.timerLog.at(-1)).toEqual({ key: 'learner.read', delayMs: 20000 });
    io.clear();
    recv(peer, 3, bare('NEWLEADER', z(1, 0)), io);
    expect(peer.disk.currentEpoch).toBe(1);
    expect(io.zabSent).toEqual([{ to: 3, packet: { type: 'zab', packet: 'ACK', zxid: z(1, 0) } }]);
    expect(io.timerLog.at(-1)).toEqual({ key: 'learner.read', delayMs: 10000 });
    expect(peer.mem!.serving).toBe(false);
  });

  it('§3.5 5–6: UPTODATE starts serving, ACKs epoch<<32 again and sets currentVote.peerEpoch to the new epoch', () => {
    const { io, peer } = followerPeer(1, { currentEpoch: 0, acceptedEpoch: 0 });
    recv(peer, 3, leaderInfo(1), io);
    recv(peer, 3, bare('DIFF', 0n), io);
    recv(peer, 3, bare('NEWLEADER', z(1, 0)), io);
    expect(peer.mem!.currentVote.peerEpoch).toBe(0);
    io.clear();
    recv(peer, 3, bare('UPTODATE', -1n), io);
    expect(peer.mem).toMatchObject({ serving: true, zabState: 'BROADCAST' });
    expect(io.zabSent).toEqual([{ to: 3, packet: { type: 'zab', packet: 'ACK', zxid: z(1, 0) } }]);
    expect(peer.mem!.currentVote.peerEpoch).toBe(1);
  });

  it('§3.5 3: a first sync packet that is not DIFF, SNAP or TRUNC makes the process exit', () => {
    const { io, peer } = followerPeer(1, { currentEpoch: 0, acceptedEpoch: 0 });
    recv(peer, 3, leaderInfo(1), io);
    const out = recv(peer, 3, bare('UPTODATE', -1n), io);
    expect(out.exited).toMatch(/unexpected packet/);
  });
});

describe('§2/§3.9 what sends a learner back to LOOKING', () => {
  it('§3.9: before NEWLEADER the learner\'s read timeout is initLimit·tickTime; silence that long means LOOKING', () => {
    const { io, peer } = followerPeer(1);
    recv(peer, 3, leaderInfo(1), io);
    expect(io.timers.get('learner.read')).toBe(io.now + 20000);
    fire(peer, 'learner.read', io);
    expect(io.codes()).toContain('zab.timeout.read');
    expect(peer.mem!.state).toBe('LOOKING');
    expect(io.zabClosed).toContain(3);
  });

  it('§3.9: after NEWLEADER every packet re-arms the read timeout at syncLimit·tickTime', () => {
    const { io, peer } = followerPeer(1);
    recv(peer, 3, leaderInfo(1), io);
    recv(peer, 3, bare('DIFF', 0n), io);
    recv(peer, 3, bare('NEWLEADER', z(1, 0)), io);
    recv(peer, 3, bare('UPTODATE', -1n), io);
    io.now = 7000;
    recv(peer, 3, { type: 'zab', packet: 'PING', zxid: z(1, 0), touches: [] }, io);
    expect(io.timers.get('learner.read')).toBe(17000);
    fire(peer, 'learner.read', io);
    expect(peer.mem!.state).toBe('LOOKING');
  });

  it('§2: the leader closing the connection sends a follower back to LOOKING', () => {
    const { io, peer } = followerPeer(1);
    input(peer, { kind: 'zabClosed', peer: 3 }, io);
    expect(io.codes()).toContain('zab.leader.lost');
    expect(peer.mem!.state).toBe('LOOKING');
  });

  it('§2/§0.1: connecting to the leader is tried 5 times, 100 ms apart, then the learner looks again', () => {
    const f = followerPeerUnconnected();
    const retries: number[] = [];
    for (let i = 1; i <= 5; i++) {
      input(f.peer, { kind: 'zabConnectFailed', peer: 3 }, f.io);
      if (f.io.timers.has('learner.connectRetry')) {
        retries.push(f.io.timers.get('learner.connectRetry')! - f.io.now);
        fire(f.peer, 'learner.connectRetry', f.io);
      }
    }
    expect(retries).toEqual([100, 100, 100, 100]);
    expect(f.io.zabConnects).toHaveLength(5);
    expect(f.io.codes().filter((c) => c === 'zab.connect.retry')).toHaveLength(4);
    expect(f.io.codes()).toContain('zab.connect.failed');
    expect(f.peer.mem!.state).toBe('LOOKING');
  });
});


/** Follower 1 that elected leader 3 and is dialling it. */
function followerPeerUnconnected() {
  const io = new FakeIO(1, [1, 2, 3]);
  const peer = started(1, io);
  deliver(peer, note(2, { state: 'FOLLOWING', leader: 3, round: 1, peerEpoch: 0 }), io);
  deliver(peer, note(3, { state: 'LEADING', leader: 3, round: 1, peerEpoch: 0 }), io);
  return { io, peer };
}
