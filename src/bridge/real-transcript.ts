/**
 * Runs a zkCli transcript (cli-contract §3) against a real ZooKeeper in real time and returns the same
 * steps the simulator's `zkcli` prints. A command's window ends when its reply is in and nothing has been
 * printed for SETTLE_MS (watch events of other sessions arrive with the reply), or after `#wait` ms.
 */
import type { Instruction } from '../sim/standalone/transcript.ts';
import { closeRealZkCli, isBusy, startRealZkCli, takeRealOutput, typeRealLine, type RealZkCli } from './real-zkcli.ts';

/** The transcript instructions (cli-contract §3), parsed by the simulator's own transcript parser. */
export type RealInstruction = Instruction;

/** One output step, as cli-contract §3. */
export type RealStep =
  | { session: string; command: string; output: Record<string, string[]> }
  | { sleepMs: number; output: Record<string, string[]> }
  | { wait: number }
  | { server: string }
  | { note: string };

const SETTLE_MS = 120;
const ZKCLI_DEFAULT_TIMEOUT_MS = 30000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Runs the transcript on `connectString`; `problems` lists what the real runner could not do. */
export async function runRealTranscript(instructions: RealInstruction[], connectString: string): Promise<{ steps: RealStep[]; problems: string[] }> {
  const sessions = new Map<string, RealZkCli>();
  const steps: RealStep[] = [];
  const problems: string[] = [];
  let waitMs = 600;
  const collect = (): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const [name, s] of sessions) {
      const lines = takeRealOutput(s);
      if (lines.length > 0) out[name] = lines;
    }
    return out;
  };
  const settle = async (): Promise<void> => {
    const start = Date.now();
    while (Date.now() - start < Math.max(waitMs, 5000)) {
      const quiet = [...sessions.values()].every((s) => !isBusy(s) && Date.now() - s.lastActivityMs >= SETTLE_MS);
      if (quiet) return;
      await sleep(10);
    }
  };
  try {
    for (const ins of instructions) {
      if (ins.kind === 'note') steps.push({ note: ins.text });
      else if (ins.kind === 'server') problems.push(`line ${ins.line}: #server options need the real server started with them; not supported by this runner`);
      else if (ins.kind === 'kill') problems.push(`line ${ins.line}: #kill is not supported against a real server`);
      else if (ins.kind === 'wait') {
        waitMs = ins.ms;
        steps.push({ wait: ins.ms });
      } else if (ins.kind === 'sleep') {
        await sleep(ins.ms);
        steps.push({ sleepMs: ins.ms, output: collect() });
      } else {
        let s = sessions.get(ins.session);
        if (s === undefined || !s.cli.processAlive) {
          if (s !== undefined) closeRealZkCli(s);
          s = startRealZkCli(connectString, ZKCLI_DEFAULT_TIMEOUT_MS);
          sessions.set(ins.session, s);
          await settle();
          steps.push({ session: ins.session, command: `<start zkCli -server ${connectString}>`, output: collect() });
        }
        typeRealLine(s, ins.command);
        await settle();
        steps.push({ session: ins.session, command: ins.command, output: collect() });
      }
    }
  } finally {
    for (const s of sessions.values()) {
      problems.push(...s.problems);
      closeRealZkCli(s);
    }
  }
  return { steps, problems };
}
