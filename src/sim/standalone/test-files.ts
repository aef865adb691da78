/**
 * File access for tests only. The sim layer has no node types (design §1), so node:fs is loaded by a
 * computed specifier and typed by hand; paths are relative to the project root, where vitest runs.
 */

interface Fs {
  existsSync(path: string): boolean;
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string): void;
  readdirSync(path: string): string[];
}

/** node:fs, for tests. */
export async function loadFs(): Promise<Fs> {
  const name = 'node:fs';
  return (await import(/* @vite-ignore */ name)) as Fs;
}

/** An environment variable (UPDATE_GOLDEN), or undefined. */
export function envVar(name: string): string | undefined {
  const g = globalThis as { process?: { env: Record<string, string | undefined> } };
  return g.process?.env[name];
}
