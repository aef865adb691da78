import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario } from './validate';
import { phraseText } from './phrase';

const base = {
  format: 'zkscope/scenario', version: 1, title: 't', seed: 7,
  servers: [{ id: 1 }, { id: 2 }, { id: 3 }],
  events: [{ at: 0, do: 'start', server: 1 }], until: 1000,
};

function problems(doc: unknown): string[] {
  const v = validateScenario(doc);
  return v.ok ? [] : v.problems.map(phraseText);
}

describe('scenario validation (cli-contract.md §1): one clear line per problem, naming the field', () => {
  it('accepts the contract example with defaults filled in, and comment keys anywhere', () => {
    const v = validateScenario({ ...base, _note: 'x', servers: [{ id: 1, _why: 'c' }, { id: 2 }, { id: 4, observer: true }] });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.scenario.config).toEqual({ tickTime: 2000, initLimit: 10, syncLimit: 5 });
    expect(v.scenario.network.latencyMs).toEqual([1, 5]);
  });

  it('accepts zookeeper.enforceQuota in config, as the Java system property is named, and only as a boolean', () => {
    const v = validateScenario({ ...base, config: { 'zookeeper.enforceQuota': true } });
    expect(v.ok && v.scenario.config).toEqual({ tickTime: 2000, initLimit: 10, syncLimit: 5, 'zookeeper.enforceQuota': true });
    expect(problems({ ...base, config: { 'zookeeper.enforceQuota': 'yes' } })).toEqual(['config.zookeeper.enforceQuota: is "yes"; allowed: true or false']);
  });

  it('names the field, what was wrong and what is allowed', () => {
    expect(problems({ ...base, servers: [{ id: 300 }] })).toEqual(['servers[0].id: is 300; allowed: a myid from 1 to 255']);
    expect(problems({ ...base, seed: -1 })[0]).toMatch(/^seed: is -1; allowed: an unsigned 32-bit integer/);
    expect(problems({ ...base, until: 1e12 })[0]).toMatch(/^until: is 1000000000000; allowed: virtual milliseconds to run/);
    expect(problems({ ...base, events: [{ at: 0, do: 'start', server: 9 }] })[0]).toMatch(/^events\[0\]\.server: 9 is not a server of this scenario; allowed: one of 1, 2, 3/);
    expect(problems({ ...base, events: [{ at: 0, do: 'explode' }] })[0]).toMatch(/^events\[0\]\.do: is "explode"; allowed: "start", "stop"/);
  });

  it('lists every problem, not just the first', () => {
    const p = problems({ ...base, format: 'x', version: 2, servers: [{ id: 1 }, { id: 1 }], config: { tickTime: 0 } });
    expect(p).toHaveLength(4);
    expect(p.map((l) => l.split(':')[0])).toEqual(['format', 'version', 'servers[1].id', 'config.tickTime']);
  });

  it('rejects unknown fields (a typo must not silently become a default)', () => {
    expect(problems({ ...base, unitl: 5 })[0]).toMatch(/^unitl: is not a field of this format/);
  });

  it('rejects events after until, duplicate snapshot labels, servers in two partition groups, bad signals', () => {
    expect(problems({ ...base, events: [{ at: 2000, do: 'heal' }] })[0]).toMatch(/^events\[0\]\.at: is 2000/);
    expect(problems({ ...base, events: [{ at: 1, do: 'snapshot', label: 'a' }, { at: 2, do: 'snapshot', label: 'a' }] })[0]).toMatch(/label: "a" is used twice/);
    expect(problems({ ...base, events: [{ at: 1, do: 'partition', groups: [[1], [1, 2]] }] })[0]).toMatch(/server 1 is in two groups/);
    expect(problems({ ...base, events: [{ at: 1, do: 'stop', server: 1, signal: 'HUP' }] })[0]).toMatch(/signal: is "HUP"; allowed: "TERM"/);
  });

  it('bounds what would make a run endless or a page unresponsive: 51 voters, until, latency', () => {
    const servers = Array.from({ length: 52 }, (_, i) => ({ id: i + 1 }));
    expect(problems({ ...base, servers })[0]).toMatch(/^servers: has 52 voters; allowed: at most 51 voters/);
    expect(problems({ ...base, network: { latencyMs: [5, 1] } })[0]).toMatch(/^network\.latencyMs/);
    // 0 ms would let a LOOKING voter and an OBSERVING observer answer each other forever at one instant.
    expect(problems({ ...base, network: { latencyMs: [0, 3] } })[0]).toMatch(/^network\.latencyMs: is \[0,3\]; allowed: \[min, max\] whole milliseconds with 1 ≤ min/);
  });

  it('a file that is not JSON, or not an object, says so', () => {
    const v = parseScenario('{"format": ');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(phraseText(v.problems[0]!)).toMatch(/^the file is not valid JSON/);
    expect(problems([1, 2])).toEqual(['the scenario must be a JSON object, not [1,2]']);
  });
});
