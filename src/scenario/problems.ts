/**
 * Collecting validation problems as one readable line each: `field: what was wrong; allowed: …`. Each is
 * a phrase (phrase.ts): the CLIs print its English, the app shows it in the reader's language.
 */
import { m, type Phrase, type PhraseValue } from './phrase';

/** A JSON object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A safe integer. */
export function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

/**
 * A short, safe description of a value for a message (long texts are cut). It looks at most three levels
 * deep and five items wide, so a value nested 100 000 levels deep or megabytes wide costs nothing and
 * cannot overflow the stack (JSON.stringify and Array#toString both recurse). A missing value says so.
 */
export function describe(v: unknown): PhraseValue {
  if (v === undefined) return m`missing`;
  const text = sketch(v, 0);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const SKETCH_DEPTH = 3;
const SKETCH_WIDTH = 5;

function sketch(v: unknown, depth: number): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
  if (v === null || typeof v !== 'object') return String(v);
  const open = Array.isArray(v) ? '[' : '{';
  const close = Array.isArray(v) ? ']' : '}';
  if (depth >= SKETCH_DEPTH) return `${open}…${close}`;
  const parts: string[] = [];
  let count = 0;
  for (const key in v) {
    if (!Object.hasOwn(v, key)) continue;
    if (++count > SKETCH_WIDTH) {
      parts.push('…');
      break;
    }
    const item = sketch((v as Record<string, unknown>)[key], depth + 1);
    parts.push(Array.isArray(v) ? item : `${JSON.stringify(key.slice(0, 40))}:${item}`);
  }
  return `${open}${parts.join(',')}${close}`;
}

/** The list of problems found so far. */
export class Problems {
  readonly list: Phrase[] = [];

  /** Records that `field` (a path into the file, never translated) was wrong and what would be allowed. */
  add(field: string, wrong: Phrase, allowed: Phrase): void {
    this.list.push(m`${field || m`scenario`}: ${wrong}; allowed: ${allowed}`);
  }

  /** Flags keys that are neither known nor comments (`_…`). */
  unknownKeys(obj: Record<string, unknown>, at: string, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (key.startsWith('_') || known.includes(key)) continue;
      this.add(at ? `${at}.${key}` : key, m`is not a field of this format`, m`${known.join(', ')}, or a comment key starting with _`);
    }
  }
}
