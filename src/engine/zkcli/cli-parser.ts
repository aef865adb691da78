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

/** Parsed options and the remaining arguments (args[0] is the command name). */
export interface ParsedCommand {
  options: Map<string, string | true>;
  args: string[];
}

const isNegativeNumber = (t: string): boolean => /^-\d+(\.\d+)?$/.test(t);

/** DefaultParser.parse; throws the text zkCli prints (`org.apache.commons.cli.…Exception: …`). */
export function parseOptions(tokens: string[], spec: OptionSpec): ParsedCommand {
  const options = new Map<string, string | true>();
  const args: string[] = [];
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
  return { options, args };
}
