import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { DICTIONARIES, LANGUAGES, languageFromPreferences, parseLanguage } from './languages.ts';
import { placeholdersOf, translate } from './translate.ts';
import { zhCN } from './zh-CN.ts';

describe('the dictionaries', () => {
  it('en and zh-CN have exactly the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('no message is empty in any language', () => {
    for (const { code } of LANGUAGES) {
      for (const [key, text] of Object.entries(DICTIONARIES[code])) {
        expect(text.trim(), `${code} ${key}`).not.toBe('');
      }
    }
  });

  it('every translation uses the same placeholders as English', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(placeholdersOf(zhCN[key as keyof typeof en]), key).toEqual(placeholdersOf(text));
    }
  });
});

describe('translate', () => {
  it('fills placeholders with the parameter as plain text, markup and all', () => {
    expect(translate('en', 'error.detail', { message: '<b>x</b> & {y}' })).toBe('Details: <b>x</b> & {y}');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'error.detail', {})).toBe('Details: {message}');
  });

  it('answers in the requested language', () => {
    expect(translate('zh-CN', 'ensemble.heading')).toBe('集群');
    expect(translate('en', 'ensemble.heading')).toBe('Ensemble');
  });
});

describe('language choice', () => {
  it('accepts only supported language codes', () => {
    expect(parseLanguage('zh-CN')).toBe('zh-CN');
    expect(parseLanguage('fr')).toBeNull();
    expect(parseLanguage(null)).toBeNull();
  });

  it('picks Chinese for any zh preference and English otherwise', () => {
    expect(languageFromPreferences(['zh-TW', 'en'])).toBe('zh-CN');
    expect(languageFromPreferences(['de', 'en-GB'])).toBe('en');
    expect(languageFromPreferences(['fr'])).toBe('en');
  });
});

describe('numbers and plurals per language', () => {
  it('English picks the singular for one and the plural otherwise', () => {
    expect(translate('en', 'replay.lines', { n: 1 })).toBe('1 line');
    expect(translate('en', 'replay.lines', { n: 2 })).toBe('2 lines');
    expect(translate('en', 'teach.fileInvalid', { n: 1 })).toMatch(/^That file cannot be opened \(1 problem\);/);
  });

  it('numbers are grouped as each language writes them', () => {
    expect(translate('en', 'replay.lines', { n: 12345 })).toBe('12,345 lines');
    expect(translate('en', 'controls.clock', { t: 86_400_000, step: 3 })).toBe('t = 86,400,000 ms · step 3');
    expect(translate('zh-CN', 'replay.lines', { n: 12345 })).toMatch(/^12,345/);
  });

  it('plural placeholders count as placeholders', () => {
    expect(placeholdersOf('{n, plural, one {# line} other {# lines}} in {file}')).toEqual(['file', 'n']);
  });
});
