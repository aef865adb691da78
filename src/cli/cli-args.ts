/**
 * The command line of every zkscope CLI: `--help`/`-h` prints the usage on stdout and exits 0 before
 * anything runs; an unknown option, or an option without its value, exits 2 with one line and the usage.
 */

/** What a CLI accepts besides its positional arguments. */
export interface CliSpec {
  /** The program's name, prefixed to every message (`sim`, `bridge`, …). */
  prog: string;
  usage: string;
  /** Options that take a value (`--port 8787`); they may repeat. */
  values?: readonly string[];
  /** Options without a value (`--json`). */
  switches?: readonly string[];
}

/** The arguments as read. */
export interface ParsedArgs {
  values: ReadonlyMap<string, readonly string[]>;
  switches: ReadonlySet<string>;
  positional: readonly string[];
}

/** Prints the problems and the usage on stderr and exits 2. */
export function usageError(spec: CliSpec, problems: readonly string[]): never {
  for (const p of problems) process.stderr.write(`${spec.prog}: ${p}\n`);
  process.stderr.write(`${spec.usage}\n`);
  process.exit(2);
}

/** Reads argv against the spec (exits for --help and for bad options). */
export function parseCliArgs(spec: CliSpec, argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${spec.usage}\n`);
    process.exit(0);
  }
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') positional.push(arg);
    else if (spec.switches?.includes(arg)) switches.add(arg);
    else if (spec.values?.includes(arg)) {
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) usageError(spec, [`${arg} needs a value`]);
      values.set(arg, [...(values.get(arg) ?? []), v]);
      i++;
    } else usageError(spec, [`unknown option ${arg}`]);
  }
  return { values, switches, positional };
}

/** The last value of a whole-number option within [min, max], `fallback` when absent; a problem line when invalid. */
export function wholeNumber(args: ParsedArgs, name: string, min: number, max: number, fallback: number): number | string {
  const all = args.values.get(name);
  const v = all?.[all.length - 1];
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) return `${name} needs a whole number from ${min} to ${max}, got "${v}"`;
  return Number(v);
}
