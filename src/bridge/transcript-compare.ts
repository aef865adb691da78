/**
 * Compares two zkCli transcripts as cli-contract §4 says recordings are compared: notes, `<start zkCli …>`
 * banners, directive steps and the commands `version` and `whoami` are left out; `ctime`/`mtime` values
 * only need to be dates; non-zero `ephemeralOwner` session ids are numbered by first appearance; host:port
 * texts are not compared. Returns one line per difference.
 */

/** A step as both runners print it (only the fields compared). */
export interface ComparableStep {
  /** Present only on `#wait` steps, which are not compared. */
  wait?: number;
  server?: string;
  note?: string;
  session?: string;
  command?: string;
  sleepMs?: number;
  output?: Record<string, string[]>;
}

const JAVA_DATE = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} [A-Z]{2,5} \d{4}$/;

/** The steps that are compared: commands (minus banners, version, whoami) and sleeps. */
function comparable(steps: ComparableStep[]): ComparableStep[] {
  return steps.filter((s) => {
    if (s.sleepMs !== undefined) return true;
    if (s.command === undefined || s.command.startsWith('<start zkCli')) return false;
    const word = s.command.trim().split(/\s+/)[0];
    return word !== 'version' && word !== 'whoami';
  });
}

/** Rewrites one transcript's lines so that run-specific values compare equal. */
function normalizer(): (line: string) => string {
  const sessions = new Map<string, string>();
  return (line) => {
    const time = /^(ctime|mtime) = (.*)$/.exec(line);
    if (time !== null) return `${time[1]} = ${JAVA_DATE.test(time[2] as string) ? '<date>' : `<not a date: ${time[2]}>`}`;
    const owner = /^ephemeralOwner = (0x[0-9a-f]+)$/.exec(line);
    if (owner !== null && owner[1] !== '0x0') {
      if (!sessions.has(owner[1] as string)) sessions.set(owner[1] as string, `s${sessions.size + 1}`);
      return `ephemeralOwner = ${sessions.get(owner[1] as string)}`;
    }
    return line.replace(/(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost):\d+/g, '<host:port>');
  };
}

function outputOf(s: ComparableStep, norm: (l: string) => string): string {
  const entries = Object.entries(s.output ?? {}).filter(([, lines]) => lines.length > 0).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(entries.map(([k, lines]) => [k, lines.map(norm)]));
}

/** The differences between `expected` and `actual`, one line each (empty when they agree). */
export function compareTranscripts(expected: ComparableStep[], actual: ComparableStep[]): string[] {
  const [a, b] = [comparable(expected), comparable(actual)];
  const [na, nb] = [normalizer(), normalizer()];
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    const label = `step ${i + 1} (${x?.session ?? ''}: ${x?.command ?? (x?.sleepMs !== undefined ? `#sleep ${x.sleepMs}` : 'missing')})`;
    if (x === undefined || y === undefined) diffs.push(`${label}: ${x === undefined ? 'extra step' : 'missing step'}`);
    else if (x.command !== y.command || x.session !== y.session) diffs.push(`${label}: steps out of line (${y.session}: ${y.command})`);
    else {
      const [ox, oy] = [outputOf(x, na), outputOf(y, nb)];
      if (ox !== oy) diffs.push(`${label}: expected ${ox} got ${oy}`);
    }
  }
  return diffs;
}
