/**
 * Turns a step of a raw client recording (`cmd` in zkCli notation, `javaApi`) into the call the harness
 * makes, with the watcher label the recording uses. Test support for raw-recordings.test.ts.
 */
import { openAclUnsafe } from '../../engine/acl/acl.ts';
import type { CreateMode, ReadOp, WriteOp } from '../../engine/datatree/request.ts';

/** A recorded step, as much of it as the replay reads. */
export interface RawStep {
  step: number;
  client: string;
  cmd: string;
  javaApi: string;
}

/** One call to make. `deleteall` is expanded by the caller. */
export type ReplayCall =
  | { kind: 'op'; op: ReadOp | WriteOp; watcher: string | null }
  | { kind: 'deleteall'; path: string }
  | { kind: 'unsupported' };

// The data argument: the rest of the line after the path; a comment starts at two spaces and "(".
function dataAfter(text: string, path: string): string | null {
  const i = text.indexOf(path) + path.length;
  if (i >= text.length) return null;
  return text.substring(i + 1).split(/\s{2,}\(| \(by /)[0] as string;
}

function watcherLabel(s: RawStep, kind: string, path: string): string {
  if (s.javaApi.includes(', true')) return 'default';
  if (/\bS\b/.test(s.javaApi)) return `sharedWatcherObject:${path}`;
  return `${kind}:${path}`;
}

/** The call a recorded step makes. */
export function replayCall(s: RawStep): ReplayCall {
  const m = /^getData\("([^"]+)", true/.exec(s.javaApi);
  if (m !== null) return { kind: 'op', op: { type: 'getData', path: m[1] as string, watch: true }, watcher: 'default' };
  const words = s.cmd.split(/\s+/);
  const flags = new Set(words.filter((w) => /^-[a-z]$/.test(w)));
  const vIndex = words.indexOf('-v');
  const version = vIndex >= 0 ? Number(words[vIndex + 1]) : -1;
  const path = words.find((w, i) => w.startsWith('/') && i > 0) ?? '';
  const w = flags.has('-w');
  switch (words[0]) {
    case 'stat':
      return { kind: 'op', op: { type: 'exists', path, watch: w }, watcher: w ? watcherLabel(s, 'exists', path) : null };
    case 'get':
      return { kind: 'op', op: { type: 'getData', path, watch: w }, watcher: w ? watcherLabel(s, 'getData', path) : null };
    case 'ls':
      return { kind: 'op', op: { type: 'getChildren', path, watch: w }, watcher: w ? watcherLabel(s, 'getChildren', path) : null };
    case 'create': {
      const mode: CreateMode = flags.has('-e') ? (flags.has('-s') ? 'EPHEMERAL_SEQUENTIAL' : 'EPHEMERAL') : flags.has('-s') ? 'PERSISTENT_SEQUENTIAL' : 'PERSISTENT';
      return { kind: 'op', op: { type: 'create', path, data: dataAfter(s.cmd, path), mode, ttl: -1, acl: openAclUnsafe() }, watcher: null };
    }
    case 'set':
      return { kind: 'op', op: { type: 'setData', path, data: dataAfter(s.cmd, path), version }, watcher: null };
    case 'delete':
      return { kind: 'op', op: { type: 'delete', path, version }, watcher: null };
    case 'deleteall':
      return { kind: 'deleteall', path };
    case 'removewatches':
      return { kind: 'op', op: { type: 'removeWatches', path, watcherType: flags.has('-d') ? 'Data' : flags.has('-c') ? 'Children' : 'Any' }, watcher: null };
  }
  if (s.cmd.startsWith('multi[create /m1, create /m2')) {
    const ops: WriteOp[] = [
      { type: 'create', path: '/m1', data: 'a', mode: 'PERSISTENT', ttl: -1, acl: openAclUnsafe() },
      { type: 'create', path: '/m2', data: 'b', mode: 'PERSISTENT', ttl: -1, acl: openAclUnsafe() },
      { type: 'setData', path: '/m1', data: 'v1', version: 0 },
    ];
    return { kind: 'op', op: { type: 'multi', ops }, watcher: null };
  }
  if (s.cmd.startsWith('multi[create /m3, create /m1')) {
    const ops: WriteOp[] = [
      { type: 'create', path: '/m3', data: null, mode: 'PERSISTENT', ttl: -1, acl: openAclUnsafe() },
      { type: 'create', path: '/m1', data: null, mode: 'PERSISTENT', ttl: -1, acl: openAclUnsafe() },
    ];
    return { kind: 'op', op: { type: 'multi', ops }, watcher: null };
  }
  return { kind: 'unsupported' };
}
