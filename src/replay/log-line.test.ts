import { describe, expect, it } from 'vitest';
import { isContinuation, myidHint, parseHeader } from './log-line.ts';

describe('log line headers', () => {
  it('reads the 3.4 header with [myid:N]', () => {
    const h = parseHeader('2019-05-24 11:20:33,044 [myid:3] - INFO  [QuorumPeer[myid=3]/0:0:0:0:0:0:0:0:4181:FastLeaderElection@813] - New election. My id = 3, proposed zxid=0x0');
    expect(h).toEqual({ timeMs: Date.UTC(2019, 4, 24, 11, 20, 33, 44), level: 'INFO', thread: 'QuorumPeer[myid=3]/0:0:0:0:0:0:0:0:4181', className: 'FastLeaderElection', message: 'New election. My id = 3, proposed zxid=0x0' });
  });
  it('reads the 3.8 header without [myid:N] and with a nested class name', () => {
    const h = parseHeader('2026-11-24 20:12:19,923 - INFO  [WorkerReceiver[myid=1]:FastLeaderElection$Messenger$WorkerReceiver@391] - Notification: my state:LOOKING; n.sid:1');
    expect(h).toMatchObject({ level: 'INFO', thread: 'WorkerReceiver[myid=1]', className: 'FastLeaderElection$Messenger$WorkerReceiver', message: 'Notification: my state:LOOKING; n.sid:1' });
  });
  it('accepts an ISO-8601 T and a dot before the milliseconds', () => {
    expect(parseHeader('2024-01-02T03:04:05.678 [myid:1] - WARN  [main:QuorumPeerMain@90] - x')?.timeMs).toBe(Date.UTC(2024, 0, 2, 3, 4, 5, 678));
  });
  it('has no header for text that is not a log line', () => {
    expect(parseHeader('hello world')).toBeNull();
    expect(parseHeader('2024-01-02 03:04:05,678 this is not a level')).toBeNull();
  });
  it('knows stack trace lines belong to the entry above', () => {
    expect(isContinuation('\tat org.apache.zookeeper.server.quorum.Learner.sockConnect(Learner.java:305)')).toBe(true);
    expect(isContinuation('java.net.ConnectException: Connection refused')).toBe(true);
    expect(isContinuation('Caused by: java.io.EOFException')).toBe(true);
    expect(isContinuation('random words')).toBe(false);
  });
  it('finds the server id wherever ZooKeeper writes it', () => {
    expect(myidHint('2019-05-24 11:20:33,044 [myid:3] - INFO')).toBe(3);
    expect(myidHint('[QuorumPeer[myid=2](plain=127.0.0.1:21812)(secure=disabled):QuorumPeer@1455] - LOOKING')).toBe(2);
    expect(myidHint('New election. My id = 5, proposed zxid=0x0')).toBe(5);
    expect(myidHint('Have smaller server identifier, so dropping the connection: (myId:1 --> sid:2)')).toBe(1);
    expect(myidHint('[myid:] - INFO  [main:QuorumPeerConfig@101]')).toBeNull();
  });
});
