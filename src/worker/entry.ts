/**
 * The Web Worker entry: owns the Session and answers the app's commands (design.md §4). Commands are
 * handled one at a time, in order, so replies never overtake each other.
 */
import type { Command, PresetId, Reply } from './protocol';
import { presetScenario } from './presets';
import { Session } from './session';
import { decodeShare } from './share';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let session: Session | null = null;
let queue: Promise<void> = Promise.resolve();

function post(replies: Reply[]): void {
  for (const r of replies) scope.postMessage(r);
}

async function load(hash: string | null, preset: PresetId | null): Promise<Reply[]> {
  if (hash) {
    const shared = await decodeShare(hash);
    if (typeof shared !== 'string') {
      session = new Session(shared.scenario, shared.actions);
      session.openAt(shared.step, shared.t);
      return [{ type: 'loaded', preset: null, problem: null }, { type: 'frame', frame: session.frame(0) }];
    }
    session = new Session(presetScenario('three'));
    return [{ type: 'loaded', preset: 'three', problem: shared }, { type: 'frame', frame: session.frame(0) }];
  }
  const id = preset ?? 'three';
  session = new Session(presetScenario(id));
  return [{ type: 'loaded', preset: id, problem: null }, { type: 'frame', frame: session.frame(0) }];
}

async function handle(cmd: Command): Promise<void> {
  try {
    if (cmd.type === 'load') post(await load(cmd.hash, cmd.preset));
    else if (session) post(await session.handle(cmd));
  } catch (e) {
    post([{ type: 'error', message: e instanceof Error ? e.message : String(e) }]);
  }
}

scope.onmessage = (ev: MessageEvent<Command>) => {
  queue = queue.then(() => handle(ev.data));
};
