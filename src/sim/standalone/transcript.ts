/**
 * The zkCli transcript format (cli-contract §3): one instruction a line. Parsing reports every bad line
 * with its number, what was wrong and what is allowed.
 */

/** One parsed instruction. */
export type Instruction =
  | { kind: 'command'; line: number; session: string; command: string }
  | { kind: 'sleep'; line: number; ms: number }
  | { kind: 'wait'; line: number; ms: number }
  | { kind: 'server'; line: number; assignment: string }
  | { kind: 'kill'; line: number; session: string }
  | { kind: 'note'; line: number; text: string };

/** Instructions, or the problems found. */
export interface ParsedTranscript {
  instructions: Instruction[];
  errors: string[];
}

const SESSION = /^[A-Za-z0-9]+$/;
const ALLOWED = "allowed: 'NAME: command', '#sleep MS', '#wait MS', '#server name=value', '#kill NAME', '# note'";

/** `\uXXXX` in a command stands for that character. */
export function unescapeCommand(s: string): string {
  return s.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function parseMs(directive: string, arg: string, n: number, errors: string[]): number | null {
  if (!/^\d+$/.test(arg)) {
    errors.push(`line ${n}: ${directive} needs a whole number of milliseconds (0 or more), got "${arg}"`);
    return null;
  }
  return Number(arg);
}

function parseDirective(text: string, n: number, errors: string[]): Instruction | null {
  if (text === '#' || text.startsWith('# ')) return { kind: 'note', line: n, text: text.substring(2) };
  const [word = '', ...rest] = text.split(/\s+/);
  const arg = rest.join(' ');
  switch (word) {
    case '#sleep':
    case '#wait': {
      const ms = parseMs(word, arg, n, errors);
      return ms === null ? null : { kind: word === '#sleep' ? 'sleep' : 'wait', line: n, ms };
    }
    case '#server':
      if (arg === '') errors.push(`line ${n}: #server needs name=value, e.g. "#server znode.container.checkIntervalMs=1000"`);
      return arg === '' ? null : { kind: 'server', line: n, assignment: arg };
    case '#kill':
      if (!SESSION.test(arg)) errors.push(`line ${n}: #kill needs a session name of letters and digits, got "${arg}"`);
      return SESSION.test(arg) ? { kind: 'kill', line: n, session: arg } : null;
    default:
      errors.push(`line ${n}: unknown directive "${word}" (${ALLOWED})`);
      return null;
  }
}

/** Parses a transcript's text. Blank lines are skipped. */
export function parseTranscript(text: string): ParsedTranscript {
  const instructions: Instruction[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  let sawCommand = false;
  const started = new Set<string>();
  lines.forEach((raw, i) => {
    const n = i + 1;
    const text = raw.trimEnd();
    if (text.trim() === '') return;
    if (text.startsWith('#')) {
      const ins = parseDirective(text, n, errors);
      if (ins?.kind === 'server' && sawCommand) errors.push(`line ${n}: #server must come before the first command`);
      if (ins?.kind === 'kill' && !started.has(ins.session)) errors.push(`line ${n}: #kill ${ins.session}: session ${ins.session} has not run a command yet`);
      if (ins !== null) instructions.push(ins);
      return;
    }
    const colon = text.indexOf(':');
    const session = colon > 0 ? text.substring(0, colon).trim() : '';
    if (colon <= 0 || !SESSION.test(session)) {
      errors.push(`line ${n}: expected "SESSION: command" with a session name of letters and digits (${ALLOWED}), got "${text}"`);
      return;
    }
    sawCommand = true;
    started.add(session);
    instructions.push({ kind: 'command', line: n, session, command: unescapeCommand(text.substring(colon + 1).trim()) });
  });
  return { instructions, errors };
}
