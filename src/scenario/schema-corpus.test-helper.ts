/**
 * A corpus of scenario files for holding public/scenario.schema.json and validate.ts to the same rules:
 * valid files, files both must reject (one mistake each, at every level of the format), and files only
 * the validator can reject because the rule needs the whole file (the schema's description lists them).
 */

interface Case {
  readonly name: string;
  readonly doc: unknown;
}

const BASE = {
  format: 'zkscope/scenario', version: 1, title: 'three voters', seed: 7,
  servers: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4, observer: true }],
  config: { tickTime: 2000, initLimit: 10, syncLimit: 5 },
  network: { latencyMs: [1, 5] },
  events: [{ at: 0, do: 'start', server: 1 }, { at: 0, do: 'start', server: 2 }, { at: 5000, do: 'snapshot', label: 'up' }],
  until: 6000,
};

const with_ = (patch: Record<string, unknown>): Record<string, unknown> => ({ ...BASE, ...patch });
const without = (key: keyof typeof BASE): unknown => Object.fromEntries(Object.entries(BASE).filter(([k]) => k !== key));
const withEvent = (event: unknown): unknown => ({ ...BASE, events: [...BASE.events, event] });
const withStep = (step: unknown): unknown => ({ ...BASE, tour: [step] });
const text = { en: 'Look.', 'zh-CN': '看。' };

export const VALID: readonly Case[] = [
  { name: 'the contract example', doc: BASE },
  { name: 'only the required fields', doc: { format: 'zkscope/scenario', version: 1, servers: [{ id: 1 }], until: 0 } },
  { name: 'comment keys anywhere', doc: { ...with_({ _note: 'x', config: { tickTime: 2, _why: 'fast' } }), servers: [{ id: 1, _n: 1 }, { id: 2 }] } },
  { name: 'a $schema address', doc: with_({ $schema: 'https://example.org/scenario.schema.json' }) },
  { name: 'bounds: 255 as id, seed 2^32-1, until one day', doc: with_({ servers: [{ id: 255 }], events: [], seed: 4294967295, until: 86_400_000 }) },
  { name: 'zookeeper.enforceQuota on', doc: with_({ config: { tickTime: 2000, 'zookeeper.enforceQuota': true } }) },
  { name: 'latency [60000, 60000]', doc: with_({ network: { latencyMs: [60000, 60000] } }) },
  { name: 'every event kind', doc: with_({ events: [
    { at: 0, do: 'start', server: 1 }, { at: 1, do: 'stop', server: 1 }, { at: 2, do: 'stop', server: 2, signal: 'KILL' },
    { at: 3, do: 'partition', groups: [[1], [2, 3]] }, { at: 4, do: 'heal' }, { at: 5, do: 'client', session: 'c_1-x', command: 'ls /' },
    { at: 6, do: 'client', session: 'c2', servers: [1, 2], command: 'create /a b' }, { at: 7, do: 'snapshot', label: 's' },
    { at: 8, do: 'cut', servers: [1, 2] }, { at: 9, do: 'mend', servers: [2, 1] }, { at: 10, do: 'drop', message: 1 },
    { at: 11, do: 'kill', session: 'c2' }, { at: 12, do: 'lock', session: 'l1', path: '/locks/a.b', herd: true, servers: [3] },
    { at: 13, do: 'unlock', session: 'l1' }, { at: 14, do: 'lock', session: 'l2' },
    { at: 15, do: 'delay', message: 3, ms: 500 }, { at: 16, do: 'duplicate', message: 4 },
    { at: 17, do: 'latency', servers: [1, 3], latencyMs: [20, 80] }, { at: 18, do: 'slow', server: 2, ms: 300 }, { at: 19, do: 'slow', server: 2, ms: 0 },
  ] }) },
  { name: 'a client event that only opens its session (an empty or blank command, as the app saves it)', doc: with_({ events: [
    { at: 0, do: 'client', session: 'c1', servers: [1], command: '' }, { at: 1, do: 'client', session: 'c2', command: '  ' },
  ] }) },
  { name: 'teaching texts', doc: with_({ titles: { en: 'T' }, explain: { 'zh-CN': '解释' }, question: {} }) },
  { name: 'a tour bound to a mark and to a time', doc: with_({ tour: [
    { mark: { code: 'zab.serving', sid: 2, nth: 1 }, text, look: text, highlight: { servers: [3], panel: 'tally' } },
    { at: 100, text: { en: 'Then.' } },
  ] }) },
];

export const INVALID: readonly Case[] = [
  { name: 'not an object', doc: [1, 2] },
  { name: 'format missing', doc: without('format') },
  { name: 'another format', doc: with_({ format: 'zkscope/trace' }) },
  { name: 'version 2', doc: with_({ version: 2 }) },
  { name: 'an unknown top-level field', doc: with_({ colour: 'red' }) },
  { name: 'a delay of 0 ms', doc: withEvent({ at: 0, do: 'delay', message: 2, ms: 0 }) },
  { name: 'a duplicate without a message', doc: withEvent({ at: 0, do: 'duplicate' }) },
  { name: 'a link latency of 0 ms', doc: withEvent({ at: 0, do: 'latency', servers: [1, 2], latencyMs: [0, 5] }) },
  { name: 'a slow server by -5 ms', doc: withEvent({ at: 0, do: 'slow', server: 1, ms: -5 }) },
  { name: '$schema not a text', doc: with_({ $schema: 3 }) },
  { name: 'a title of 201 characters', doc: with_({ title: 'x'.repeat(201) }) },
  { name: 'a negative seed', doc: with_({ seed: -1 }) },
  { name: 'a seed of 2^32', doc: with_({ seed: 4294967296 }) },
  { name: 'a fractional seed', doc: with_({ seed: 1.5 }) },
  { name: 'no servers', doc: with_({ servers: [] }) },
  { name: 'servers missing', doc: without('servers') },
  { name: 'server id 0', doc: with_({ servers: [{ id: 0 }] }) },
  { name: 'server id 256', doc: with_({ servers: [{ id: 256 }] }) },
  { name: 'a server id as text', doc: with_({ servers: [{ id: '1' }] }) },
  { name: 'observer not a boolean', doc: with_({ servers: [{ id: 1 }, { id: 2, observer: 'yes' }] }) },
  { name: 'an unknown server field', doc: with_({ servers: [{ id: 1, weight: 2 }] }) },
  { name: 'tickTime 1', doc: with_({ config: { tickTime: 1 } }) },
  { name: 'initLimit 1001', doc: with_({ config: { initLimit: 1001 } }) },
  { name: 'zookeeper.enforceQuota "yes"', doc: with_({ config: { 'zookeeper.enforceQuota': 'yes' } }) },
  { name: 'an unknown config key', doc: with_({ config: { electionAlg: 3 } }) },
  { name: 'latency of one number', doc: with_({ network: { latencyMs: [5] } }) },
  { name: 'latency of three numbers', doc: with_({ network: { latencyMs: [1, 2, 3] } }) },
  { name: 'a zero latency', doc: with_({ network: { latencyMs: [0, 5] } }) },
  { name: 'latency above a minute', doc: with_({ network: { latencyMs: [1, 60001] } }) },
  { name: 'until missing', doc: without('until') },
  { name: 'until beyond one day', doc: with_({ until: 86_400_001 }) },
  { name: 'events not a list', doc: with_({ events: {} }) },
  { name: 'an event of unknown kind', doc: withEvent({ at: 0, do: 'reboot', server: 1 }) },
  { name: 'an event without at', doc: withEvent({ do: 'heal' }) },
  { name: 'a negative at', doc: withEvent({ at: -1, do: 'heal' }) },
  { name: 'start without a server', doc: withEvent({ at: 0, do: 'start' }) },
  { name: 'an unknown event field', doc: withEvent({ at: 0, do: 'heal', server: 1 }) },
  { name: 'stop with signal HUP', doc: withEvent({ at: 0, do: 'stop', server: 1, signal: 'HUP' }) },
  { name: 'partition with no groups', doc: withEvent({ at: 0, do: 'partition', groups: [] }) },
  { name: 'partition with a non-list group', doc: withEvent({ at: 0, do: 'partition', groups: [1] }) },
  { name: 'client session with a space', doc: withEvent({ at: 0, do: 'client', session: 'a b', command: 'ls /' }) },
  { name: 'client session of 65 characters', doc: withEvent({ at: 0, do: 'client', session: 'a'.repeat(65), command: 'ls /' }) },
  { name: 'client with a command that is not text', doc: withEvent({ at: 0, do: 'client', session: 'c', command: 7 }) },
  { name: 'client with an empty server list', doc: withEvent({ at: 0, do: 'client', session: 'c', servers: [], command: 'ls /' }) },
  { name: 'snapshot with an empty label', doc: withEvent({ at: 0, do: 'snapshot', label: '' }) },
  { name: 'cut of one server with itself', doc: withEvent({ at: 0, do: 'cut', servers: [1, 1] }) },
  { name: 'mend of three servers', doc: withEvent({ at: 0, do: 'mend', servers: [1, 2, 3] }) },
  { name: 'drop of message 0', doc: withEvent({ at: 0, do: 'drop', message: 0 }) },
  { name: 'kill without a session', doc: withEvent({ at: 0, do: 'kill' }) },
  { name: 'lock under /zookeeper', doc: withEvent({ at: 0, do: 'lock', session: 'l', path: '/zookeeper/locks' }) },
  { name: 'lock on a relative path', doc: withEvent({ at: 0, do: 'lock', session: 'l', path: 'locks' }) },
  { name: 'lock with herd "yes"', doc: withEvent({ at: 0, do: 'lock', session: 'l', herd: 'yes' }) },
  { name: 'titles in French', doc: with_({ titles: { fr: 'Titre' } }) },
  { name: 'an explanation of 4001 characters', doc: with_({ explain: { en: 'x'.repeat(4001) } }) },
  { name: 'an empty tour', doc: with_({ tour: [] }) },
  { name: 'a tour step bound to nothing', doc: withStep({ text }) },
  { name: 'a tour step without English', doc: withStep({ at: 0, text: { 'zh-CN': '看' } }) },
  { name: 'a tour mark code with digits', doc: withStep({ mark: { code: 'zab9' }, text }) },
  { name: 'a tour mark nth of 0', doc: withStep({ mark: { code: 'zab.serving', nth: 0 }, text }) },
  { name: 'a tour highlight panel with a space', doc: withStep({ at: 0, text, highlight: { panel: 'the tally' } }) },
  { name: 'an unknown tour step field', doc: withStep({ at: 0, text, sound: 'ding' }) },
];

export const SCHEMA_ONLY_ACCEPTS: readonly Case[] = [
  { name: 'an event after until', doc: withEvent({ at: 6001, do: 'heal' }) },
  { name: 'an event naming server 9 of a four-server file', doc: withEvent({ at: 0, do: 'start', server: 9 }) },
  { name: 'the same server id twice', doc: with_({ servers: [{ id: 1 }, { id: 1 }], events: [] }) },
  { name: 'only observers', doc: with_({ servers: [{ id: 1, observer: true }], events: [] }) },
  { name: '52 voters', doc: with_({ servers: Array.from({ length: 52 }, (_, i) => ({ id: i + 1 })), events: [] }) },
  { name: 'latency min above max', doc: with_({ network: { latencyMs: [9, 5] } }) },
  { name: 'one link\'s latency min above max', doc: withEvent({ at: 0, do: 'latency', servers: [1, 2], latencyMs: [9, 5] }) },
  { name: 'a server in two partition groups', doc: withEvent({ at: 0, do: 'partition', groups: [[1], [1, 2]] }) },
  { name: 'two snapshots with one label', doc: withEvent({ at: 5500, do: 'snapshot', label: 'up' }) },
  { name: 'a tour highlighting server 9', doc: withStep({ at: 0, text, highlight: { servers: [9] } }) },
];
