/**
 * A sync case of the issue-16 differential (src/bridge/real-sync.ts) run in the simulator: the steps
 * become a scenario with generous virtual gaps, and the learner's syncs come from `sim`'s outcome.
 */
import type { CaseOutcome, SyncCase } from '../bridge/real-sync.ts';
import type { Scenario, ScenarioEvent } from '../scenario/types.ts';
import { runScenario } from '../sim/run-scenario.ts';
import { stopServer } from '../sim/server-lifecycle.ts';

/** The case as a scenario, and the server to kill between SNAP and NEWLEADER, if any. */
export function syncCaseScenario(c: SyncCase): { scenario: Scenario; killDuringSnap: number | null } {
  const events: ScenarioEvent[] = [];
  const sessionServer = new Map<string, number>();
  let killDuringSnap: number | null = null;
  let t = 0;
  for (const step of c.steps) {
    switch (step.do) {
      case 'start':
        for (const server of step.servers) events.push({ at: t, do: 'start', server });
        t += 15_000;
        break;
      case 'kill':
        for (const server of step.servers) events.push({ at: t, do: 'stop', server, signal: 'KILL' });
        t += 10;
        break;
      case 'write':
        if (!sessionServer.has(step.session)) sessionServer.set(step.session, step.server);
        // Only zxids are compared, so the simulator's znodes need not carry the real run's bytes.
        for (let k = 0; k < step.creates; k++) events.push({ at: t, do: 'client', session: step.session, servers: [sessionServer.get(step.session)!], command: `create /${step.session}-${k} v` });
        t += 5_000 + step.creates * 50;
        break;
      case 'quit':
        events.push({ at: t, do: 'client', session: step.session, servers: [sessionServer.get(step.session)!], command: 'quit' });
        t += 300;
        break;
      case 'killDuringSnap':
        events.push({ at: t, do: 'start', server: step.server });
        killDuringSnap = step.server;
        t += 15_000;
        break;
      case 'wait':
        t += step.ms;
    }
  }
  // srvr is read soon after the learner serves (before, say, a dead client's session expires).
  events.push({ at: t - 10_000, do: 'snapshot', label: 'end' });
  const scenario: Scenario = {
    format: 'zkscope/scenario', version: 1, title: c.name, seed: 16, servers: [{ id: 1 }, { id: 2 }, { id: 3 }],
    config: { tickTime: 2000, initLimit: 10, syncLimit: 5 }, network: { latencyMs: [1, 2] }, events, until: t,
  };
  return { scenario, killDuringSnap };
}

/** Runs the case in the simulator: the learner's syncs (as its leaders logged them) and its final Zxid. */
export function simulateSyncCase(c: SyncCase): CaseOutcome {
  const { scenario, killDuringSnap } = syncCaseScenario(c);
  let killed = false;
  const outcome = runScenario(scenario, (w) => {
    if (killDuringSnap === null) return;
    w.onStep = (world) => {
      const learner = world.state.peers.get(killDuringSnap)?.mem?.learner;
      if (!killed && learner?.syncMode === 'SNAP' && !learner.newLeaderSeen) {
        stopServer(world, killDuringSnap);
        killed = true;
      }
    };
  });
  const syncs = outcome.syncs.filter((s) => s.learner === c.learner).map((s) => ({ leader: s.leader, mode: s.mode, path: s.path, log: s.log }));
  return { syncs, learnerZxid: outcome.snapshots.at(-1)?.servers[String(c.learner)]?.zxid ?? null };
}
