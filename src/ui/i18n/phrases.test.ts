import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOf } from '../../scenario/phrase';
import { translatePhrase } from './phrases';
import { placeholdersOf } from './translate';
import { zhCNPhrases } from './zh-CN-phrases';

const SRC = path.resolve(import.meta.dirname, '../..');

/** The literal parts of a tagged template starting at `open` (the backtick), skipping `${…}` values. */
function templateParts(text: string, open: number): string[] {
  const parts: string[] = [];
  let part = '';
  let i = open + 1;
  while (text[i] !== '`') {
    if (text[i] === '\\') { part += text[i + 1]; i += 2; continue; }
    if (text.startsWith('${', i)) {
      parts.push(part);
      part = '';
      let depth = 1;
      i += 2;
      while (depth > 0) {
        if (text[i] === '{') depth += 1;
        else if (text[i] === '}') depth -= 1;
        else if (text[i] === '`') i = text.indexOf('`', i + 1); // a plain template inside a value
        i += 1;
      }
      continue;
    }
    part += text[i];
    i += 1;
  }
  parts.push(part);
  return parts;
}

/** Every m`…` phrase code in the shipped sources (tests excluded). */
function phraseCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.test(-helper)?\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(file, 'utf8');
        for (const match of text.matchAll(/\bm`/g)) codes.set(codeOf(templateParts(text, match.index + 1)), path.relative(SRC, file));
      }
    }
  };
  walk(SRC);
  return codes;
}

describe('phrases (problems from the validator, the link codec, files and log replay)', () => {
  const codes = phraseCodes();

  it('are found in the sources', () => {
    expect(codes.size).toBeGreaterThan(80);
    expect(codes.has('{0}: {1}; allowed: {2}')).toBe(true);
  });

  it('every phrase in the sources has a Simplified Chinese template with the same slots', () => {
    const missing = [...codes].filter(([code]) => /[A-Za-z]/.test(code) && zhCNPhrases[code] === undefined).map(([code, file]) => `${file}: ${code}`);
    expect(missing).toEqual([]);
    for (const [code, zh] of Object.entries(zhCNPhrases)) expect(placeholdersOf(zh.replace(/\{(\d+)\}/g, '{p$1}')), code).toEqual(placeholdersOf(code.replace(/\{(\d+)\}/g, '{p$1}')));
  });

  it('the dictionary holds no phrase the sources no longer use', () => {
    expect(Object.keys(zhCNPhrases).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('nested problems render in the chosen language, values untouched', () => {
    const problem = { code: '{0}: {1}; allowed: {2}', values: ['servers[0].id', { code: 'is {0}', values: ['300'] }, { code: 'a myid from 1 to 255', values: [] }] };
    expect(translatePhrase('en', problem)).toBe('servers[0].id: is 300; allowed: a myid from 1 to 255');
    expect(translatePhrase('zh-CN', problem)).not.toMatch(/allowed|myid from/);
    expect(translatePhrase('zh-CN', problem)).toContain('servers[0].id');
  });
});
