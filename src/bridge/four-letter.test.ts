import { describe, expect, it } from 'vitest';
import { parseCons, parseSrvr, parseWchc } from './four-letter.ts';

describe('four-letter word answers', () => {
  it('reads srvr of a leader, with the epoch from the zxid', () => {
    const text = 'Zookeeper version: 3.8.0\nLatency min/avg/max: 0/0.0/0\nReceived: 2\nSent: 1\nConnections: 1\nOutstanding: 0\nZxid: 0x300000002\nMode: leader\nNode count: 5\n';
    expect(parseSrvr('127.0.0.1:2181', text)).toEqual({ address: '127.0.0.1:2181', mode: 'leader', zxid: '0x300000002', epoch: 3, nodeCount: 5, connections: 1, error: null });
  });
  it('tells a server that is not serving, one that does not answer, and a missing whitelist', () => {
    expect(parseSrvr('a:1', 'This ZooKeeper instance is not currently serving requests\n').mode).toBe('not-serving');
    expect(parseSrvr('a:1', '', 'ECONNREFUSED')).toMatchObject({ mode: 'unreachable', error: 'ECONNREFUSED' });
    expect(parseSrvr('a:1', 'srvr is not executed because it is not in the whitelist.\n').error).toMatch(/4lw.commands.whitelist/);
  });
  it('reads cons and wchc', () => {
    const cons = ' /127.0.0.1:40312[1](queued=0,recved=4,sent=4,sid=0x1000a2b3c4d0000,lop=GETD,est=1700000000000,to=30000,lcxid=0x2,lzxid=0x5,lresp=1,llat=0,minlat=0,avglat=0.0,maxlat=1)\n /127.0.0.1:40320[0](queued=0,recved=1,sent=0)\n\n';
    expect(parseCons('s1', cons)).toEqual([
      { server: 's1', client: '127.0.0.1:40312', sessionId: '0x1000a2b3c4d0000', timeoutMs: 30000, lastOperation: 'GETD' },
      { server: 's1', client: '127.0.0.1:40320', sessionId: null, timeoutMs: null, lastOperation: null },
    ]);
    expect(parseWchc('s1', '0x1000a2b3c4d0000\n\t/app\n\t/locks/lock-0000000000\n\n')).toEqual([{ server: 's1', sessionId: '0x1000a2b3c4d0000', paths: ['/app', '/locks/lock-0000000000'] }]);
  });
});
