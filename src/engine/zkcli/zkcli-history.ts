/**
 * ZooKeeperMain's `history` and `redo`: every non-empty line is numbered from 0 as it is run; `history`
 * prints the last eleven numbers, `redo n` runs entry n again under the redo's own number.
 */
import { tokenize } from './cli-parser.ts';
import type { ZkCli } from './zkcli.ts';

// What the JVM printed when `redo abc` reached Integer.decode (Debian's 3.8.0 on OpenJDK 17, recorded).
const DECODE_TRACE = [
  '\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)',
  '\tat java.base/java.lang.Integer.parseInt(Integer.java:668)',
  '\tat java.base/java.lang.Integer.valueOf(Integer.java:973)',
  '\tat java.base/java.lang.Integer.decode(Integer.java:1458)',
  '\tat org.apache.zookeeper.ZooKeeperMain.processZKCmd(ZooKeeperMain.java:397)',
  '\tat org.apache.zookeeper.ZooKeeperMain.processCmd(ZooKeeperMain.java:367)',
  '\tat org.apache.zookeeper.ZooKeeperMain.executeLine(ZooKeeperMain.java:359)',
  '\tat org.apache.zookeeper.ZooKeeperMain.run(ZooKeeperMain.java:345)',
  '\tat org.apache.zookeeper.ZooKeeperMain.main(ZooKeeperMain.java:293)',
];

/** Integer.decode: optional sign, then 0x/0X/# hex, a leading 0 for octal, else decimal; null where Java throws. */
export function javaIntegerDecode(text: string): { value: number } | { error: string } {
  let i = 0;
  let negative = false;
  if (text === '') return { error: 'Zero length string' };
  if (text[0] === '-' || text[0] === '+') {
    negative = text[0] === '-';
    i = 1;
  }
  let radix = 10;
  if (text.startsWith('0x', i) || text.startsWith('0X', i)) [radix, i] = [16, i + 2];
  else if (text.startsWith('#', i)) [radix, i] = [16, i + 1];
  else if (text.startsWith('0', i) && text.length > i + 1) [radix, i] = [8, i + 1];
  const digits = text.substring(i);
  if (digits.startsWith('-') || digits.startsWith('+')) return { error: 'Sign character in wrong position' };
  const valid = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^\d+$/;
  const suffix = radix === 10 ? '' : ` under radix ${radix}`;
  if (!valid.test(digits)) return { error: `For input string: "${digits}"${suffix}` };
  const value = (negative ? -1 : 1) * parseInt(digits, radix);
  if (value < -2147483648 || value > 2147483647) return { error: `For input string: "${negative ? '-' : ''}${digits}"${suffix}` };
  return { value };
}

/** `history`: entries commandCount-10 … commandCount (the history command itself included). */
export function printHistory(cli: ZkCli): void {
  for (let i = Math.max(0, cli.commandCount - 10); i <= cli.commandCount; i++) cli.out.push(`${i} - ${cli.history[i] ?? 'null'}`);
}

/**
 * `redo n`: the tokens of the line to run again (already recorded under this command's number), or null
 * after printing why not. A number Integer.decode refuses ends the zkCli process, as in ZooKeeper.
 */
export function redoTokens(cli: ZkCli, arg: string): string[] | null {
  const n = javaIntegerDecode(arg);
  if ('error' in n) {
    cli.out.push(`Exception in thread "main" java.lang.NumberFormatException: ${n.error}`, ...DECODE_TRACE);
    cli.processAlive = false;
    return null;
  }
  if (cli.commandCount <= n.value || n.value < 0) {
    cli.out.push('Command index out of range');
    return null;
  }
  const line = cli.history[n.value] as string;
  const tokens = tokenize(line);
  if (tokens[0] === 'redo') {
    cli.out.push('No redoing redos');
    return null;
  }
  cli.history[cli.commandCount] = line;
  return tokens;
}
