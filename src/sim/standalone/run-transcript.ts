/**
 * Runs a parsed transcript against one standalone server and produces the steps of cli-contract §3.
 */
import { applyServerOption, defaultServerConfig } from './server-config.ts';
import { advanceTo, collectOutput, createWorld, isRunning, killClient, startClient, typeLine, SERVER_ADDRESS, type StandaloneWorld } from './standalone-world.ts';
import { stepCounter, type RunBound } from '../run-bound.ts';
import type { Instruction } from './transcript.ts';

/** One output step. */
export type Step =
  | { session: string; command: string; output: Record<string, string[]> }
  | { sleepMs: number; output: Record<string, string[]> }
  | { kill: string; output: Record<string, string[]> }
  | { wait: number }
  | { server: string }
  | { note: string };

/** zkCli's default session timeout. */
export const ZKCLI_DEFAULT_TIMEOUT_MS = 30000;
const DEFAULT_WAIT_MS = 600;

/** `<start zkCli -server h -timeout t>`: the timeout asked for, or null when the text is not a start line. */
function parseStart(command: string): { timeout: number } | null {
  const m = /^<start zkCli(.*)>$/.exec(command);
  if (m === null) return null;
  const t = /-timeout\s+(\d+)/.exec(m[1] as string);
  return { timeout: t === null ? ZKCLI_DEFAULT_TIMEOUT_MS : Number(t[1]) };
}

/** Runs the instructions; returns the steps, or errors for options the server rejects; throws RunBoundExceeded past `bound`. */
export function runTranscript(instructions: Instruction[], bound?: RunBound): { steps: Step[]; errors: string[] } {
  const count = stepCounter(bound);
  const config = defaultServerConfig();
  const errors: string[] = [];
  for (const ins of instructions) {
    if (ins.kind !== 'server') continue;
    const err = applyServerOption(config, ins.assignment);
    if (err !== null) errors.push(`line ${ins.line}: #server ${err}`);
  }
  if (errors.length > 0) return { steps: [], errors };
  const w = createWorld(config);
  const steps: Step[] = [];
  let waitMs = DEFAULT_WAIT_MS;
  const windowed = (run: () => void): Record<string, string[]> => {
    const end = w.now + waitMs;
    run();
    advanceTo(w, end, count);
    return collectOutput(w);
  };
  for (const ins of instructions) {
    switch (ins.kind) {
      case 'note':
        steps.push({ note: ins.text });
        break;
      case 'server':
        steps.push({ server: ins.assignment });
        break;
      case 'wait':
        waitMs = ins.ms;
        steps.push({ wait: ins.ms });
        break;
      case 'sleep': {
        const end = w.now + ins.ms;
        advanceTo(w, end, count);
        steps.push({ sleepMs: ins.ms, output: collectOutput(w) });
        break;
      }
      case 'kill':
        killClient(w, ins.session);
        steps.push({ kill: ins.session, output: collectOutput(w) });
        break;
      case 'command':
        runCommand(w, ins, steps, windowed);
        break;
    }
  }
  return { steps, errors };
}

function runCommand(w: StandaloneWorld, ins: Extract<Instruction, { kind: 'command' }>, steps: Step[], windowed: (run: () => void) => Record<string, string[]>): void {
  const start = parseStart(ins.command);
  if (start !== null) {
    steps.push({ session: ins.session, command: ins.command, output: windowed(() => startClient(w, ins.session, start.timeout)) });
    return;
  }
  if (!isRunning(w, ins.session)) {
    // A session starts at its first use (and a new zkCli process after quit, a crash or #kill).
    const command = `<start zkCli -server ${SERVER_ADDRESS}>`;
    steps.push({ session: ins.session, command, output: windowed(() => startClient(w, ins.session, ZKCLI_DEFAULT_TIMEOUT_MS)) });
  }
  steps.push({ session: ins.session, command: ins.command, output: windowed(() => typeLine(w, ins.session, ins.command)) });
}
