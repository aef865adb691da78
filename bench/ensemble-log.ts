/**
 * A generated hours-long log of a 5–7 server ZooKeeper 3.8 ensemble, for the replay bench and the big-log
 * e2e test: repeated elections (the leader dies, the others elect the highest id, it rejoins) between
 * stretches of ordinary traffic. Every line copies the layout and message of a line Debian's ZooKeeper
 * 3.8.0 wrote in ../shared/reference/raw (Debian's `%d{ISO8601} - %-5p [%t:%C{1}@%L] - %m%n`); only the
 * numbers change. Deterministic: the same arguments give the same text.
 */

const two = (n: number, w = 2): string => String(n).padStart(w, '0');

function stamp(ms: number): string {
  const d = new Date(Date.UTC(2026, 10, 24) + ms);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())},${two(d.getUTCMilliseconds(), 3)}`;
}

const hex = (n: number): string => `0x${n.toString(16)}`;

/** One server's lines, appended in time order. */
class ServerLog {
  readonly lines: string[] = [];
  constructor(readonly id: number) {}
  private get peer(): string {
    return `QuorumPeer[myid=${this.id}](plain=127.0.0.1:2181${this.id})(secure=disabled)`;
  }
  add(t: number, where: string, message: string): void {
    this.lines.push(`${stamp(t)} - INFO  [${where}] - ${message}`);
  }
  quorumPeer(t: number, cls: string, message: string): void {
    this.add(t, `${this.peer}:${cls}`, message);
  }
  notification(t: number, my: string, n: { sid: number; state: string; leader: number; round: number; epoch: number; zxid: number }): void {
    this.add(t, `WorkerReceiver[myid=${this.id}]:FastLeaderElection$Messenger$WorkerReceiver@391`,
      `Notification: my state:${my}; n.sid:${n.sid}, n.state:${n.state}, n.leader:${n.leader}, n.round:${hex(n.round)}, n.peerEpoch:${hex(n.epoch)}, n.zxid:${hex(n.zxid)}, message format version:0x2, n.config version:0x0`);
  }
}

/** What the generator made. */
export interface GeneratedEnsemble {
  /** One log file per server, `server<id>.log`. */
  files: { name: string; text: string }[];
  lines: number;
  elections: number;
  /** The leader and round of the last election, which the replay must find. */
  lastLeader: number;
  lastRound: number;
}

/** Generates at least `targetLines` lines over `servers` servers (5–7), ordinary traffic between elections. */
export function generateEnsembleLogs(servers: number, targetLines: number): GeneratedEnsemble {
  const logs = Array.from({ length: servers }, (_, i) => new ServerLog(i + 1));
  const total = (): number => logs.reduce((n, l) => n + l.lines.length, 0);
  let t = 0;
  let round = 0;
  let epoch = 0;
  let counter = 0;
  let down: number | null = null;
  let leader = 0;
  let elections = 0;
  while (total() < targetLines || elections === 0) {
    round++;
    elections++;
    const alive = logs.filter((l) => l.id !== down);
    const zxid = epoch * 2 ** 32 + counter;
    leader = Math.max(...alive.map((l) => l.id));
    // Everyone alive looks: broadcasts its own vote, hears the others', switches to the highest id.
    for (const l of alive) {
      l.quorumPeer(t, 'QuorumPeer@1455', 'LOOKING');
      l.quorumPeer(t + 1, 'FastLeaderElection@946', `New election. My id = ${l.id}, proposed zxid=${hex(zxid)}`);
    }
    let at = t + 5;
    for (const receiver of alive) {
      for (const sender of alive) receiver.notification(at + sender.id, 'LOOKING', { sid: sender.id, state: 'LOOKING', leader: sender.id, round, epoch, zxid });
    }
    at += 20;
    for (const receiver of alive) {
      for (const sender of alive) if (sender.id !== leader) receiver.notification(at + sender.id, 'LOOKING', { sid: sender.id, state: 'LOOKING', leader, round, epoch, zxid });
    }
    at += 230;
    epoch++;
    counter = 0;
    for (const l of alive) {
      const state = l.id === leader ? 'leading' : 'following';
      l.quorumPeer(at, 'QuorumPeer@903', `Peer state changed: ${state}`);
      l.quorumPeer(at + 1, l.id === leader ? 'QuorumPeer@1549' : 'QuorumPeer@1537', state.toUpperCase());
      l.quorumPeer(at + 14, l.id === leader ? 'Leader@588' : 'Follower@77', `${state.toUpperCase()} - LEADER ELECTION TOOK - ${at - t} MS`);
      if (l.id !== leader) l.quorumPeer(at + 40, 'Learner@565', `Getting a diff from the leader ${hex(zxid)}`);
    }
    const lead = logs[leader - 1] as ServerLog;
    lead.quorumPeer(at + 60, 'Leader@1519', `Have quorum of supporters, sids: [[${alive.map((l) => l.id).join(', ')}]]; starting up and setting last processed zxid: ${hex(epoch * 2 ** 32)}`);
    // Ordinary traffic: sessions and snapshots on every server, one line every ~20 ms across the ensemble.
    const stretch = Math.max(1, Math.min(20_000, Math.ceil((targetLines - total()) / 8)));
    t = at + 1000;
    for (let k = 0; k < stretch; k++, t += 20) {
      const l = alive[k % alive.length] as ServerLog;
      counter++;
      if (k % 500 === 499) l.add(t, `SyncThread:${l.id}:FileTxnSnapLog@479`, `Snapshotting: ${hex(epoch * 2 ** 32 + counter)} to /var/lib/zookeeper/version-2/snapshot.${(epoch * 2 ** 32 + counter).toString(16)}`);
      else l.add(t, `NIOWorkerThread-${1 + (k % 4)}:ZooKeeperServer@1013`, `Session establishment complete on server /127.0.0.1:${40000 + (k % 20000)}, session id = 0x${(10 ** 15 + k).toString(16)}, negotiated timeout = 30000`);
    }
    // The leader dies; the one down before comes back for the next election.
    down = leader;
    t += 4000;
  }
  const files = logs.map((l) => ({ name: `server${l.id}.log`, text: `${l.lines.join('\n')}\n` }));
  return { files, lines: total(), elections, lastLeader: leader, lastRound: round };
}
