import { describe, expect, it } from 'vitest';
import { compareTranscripts } from './transcript-compare.ts';

const stat = (owner: string, ctime: string) => [`ctime = ${ctime}`, `ephemeralOwner = ${owner}`];

describe('comparing transcripts as cli-contract §4 says', () => {
  it('ignores dates, session id values, host:port, banners, notes, version and whoami', () => {
    const sim = [
      { note: 'x' },
      { session: 'A', command: '<start zkCli -server 127.0.0.1:2181>', output: { A: ['Connecting to 127.0.0.1:2181'] } },
      { session: 'A', command: 'stat /e', output: { A: stat('0x100000000000001', 'Thu Jan 01 00:00:00 UTC 1970') } },
      { session: 'A', command: 'version', output: { A: ['ZooKeeper CLI version: 3.8.0'] } },
      { session: 'A', command: 'stat /f', output: { A: stat('0x100000000000001', 'Thu Jan 01 00:00:00 UTC 1970') } },
    ];
    const real = [
      { session: 'A', command: '<start zkCli -server 127.0.0.1:40001>', output: { A: ['Connecting to 127.0.0.1:40001'] } },
      { session: 'A', command: 'stat /e', output: { A: stat('0x10002b1c0f90000', 'Tue Nov 24 21:29:01 UTC 2026') } },
      { session: 'A', command: 'version', output: { A: ['something else'] } },
      { session: 'A', command: 'stat /f', output: { A: stat('0x10002b1c0f90000', 'Tue Nov 24 21:29:01 UTC 2026') } },
    ];
    expect(compareTranscripts(sim, real)).toEqual([]);
  });
  it('reports different text, a session id that changes, a date that is not one, and a missing step', () => {
    const sim = [
      { session: 'A', command: 'get /a', output: { A: ['v1'] } },
      { session: 'A', command: 'stat /e', output: { A: [...stat('0x1', 'Thu Jan 01 00:00:00 UTC 1970'), ...stat('0x1', 'Thu Jan 01 00:00:00 UTC 1970')] } },
      { session: 'A', command: 'ls /', output: { A: ['[a]'] } },
    ];
    const real = [
      { session: 'A', command: 'get /a', output: { A: ['v2'] } },
      { session: 'A', command: 'stat /e', output: { A: [...stat('0x7', 'yesterday'), ...stat('0x8', 'Thu Jan 01 00:00:00 UTC 1970')] } },
    ];
    const diffs = compareTranscripts(sim, real);
    expect(diffs).toHaveLength(3);
    expect(diffs[0]).toMatch(/^step 1 \(A: get \/a\): expected .*v1.* got .*v2/);
    expect(diffs[1]).toMatch(/not a date: yesterday/);
    expect(diffs[2]).toBe('step 3 (A: ls /): missing step');
  });
});
