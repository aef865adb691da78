/**
 * How zkCli reads a line: ZooKeeperMain's argument tokenizer and commons-cli's DefaultParser, reduced to
 * the short options zkCli's commands declare.
 */

/** MyCommandOptions.parseCommand: words, or "…" / '…' quoted strings with the quotes removed. */
export function tokenize(line: string): string[] {
  const out: string[] = [];
  const re = /\s*([^"'\s]\S*|"[^"]*"|'[^']*')\s*/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < line.length && (m = re.exec(line)) !== null) {
    const t = m[1] as string;
    out.push(t.startsWith('"') || t.startsWith("'") ? t.slice(1, -1) : t);
  }
  return out;
}

/** A command's options: name → whether it takes a value. */
export type OptionSpec = Record<string, boolean>;

/** A commons-cli OptionGroup: at most one of `options` (name → description); `required` needs one. */
export interface OptionGroup {
  options: [string, string][];
  required: boolean;
}

/** Parsed options and the remaining arguments (args[0] is the command name). */
export interface ParsedCommand {
  options: Map<string, string | true>;
  args: string[];
}

const isNegativeNumber = (t: string): boolean => /^-\d+(\.\d+)?$/.test(t);

/** DefaultParser.parse; throws the text zkCli prints (`org.apache.commons.cli.…Exception: …`). */
export function parseOptions(tokens: string[], spec: OptionSpec, group: OptionGroup | null = null): ParsedCommand {
  const options = new Map<string, string | true>();
  const args: string[] = [];
  let selected: string | null = null;
  const select = (name: string): void => {
    if (group === null || !group.options.some(([n]) => n === name)) return;
    if (selected !== null && selected !== name) {
      throw new Error(`org.apache.commons.cli.AlreadySelectedException: The option '${name}' was specified but an option from this group has already been selected: '${selected}'`);
    }
    selected = name;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (i === 0 || !t.startsWith('-') || t === '-') {
      args.push(t);
      continue;
    }
    if (t === '--') {
      args.push(...tokens.slice(i + 1));
      break;
    }
    const name = t.substring(1);
    if (name in spec) {
      select(name);
      if (spec[name]) {
        const next = tokens[i + 1];
        if (next === undefined || (next.startsWith('-') && !isNegativeNumber(next))) {
          throw new Error(`org.apache.commons.cli.MissingArgumentException: Missing argument for option: ${name}`);
        }
        options.set(name, next);
        i++;
      } else options.set(name, true);
      continue;
    }
    const first = name.charAt(0);
    if (first in spec && spec[first]) {
      options.set(first, name.substring(1));
      continue;
    }
    // Concatenated flags such as -sw.
    if ([...name].every((ch) => ch in spec && !spec[ch])) {
      for (const ch of name) options.set(ch, true);
      continue;
    }
    throw new Error(`org.apache.commons.cli.UnrecognizedOptionException: Unrecognized option: ${t}`);
  }
  if (group?.required && selected === null) {
    const names = group.options.map(([n, d]) => `-${n} ${d}`).join(', ');
    throw new Error(`org.apache.commons.cli.MissingOptionException: Missing required option: [${names}]`);
  }
  return { options, args };
}
