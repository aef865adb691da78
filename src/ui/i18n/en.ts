/**
 * English strings: the source of truth for message keys. zh-CN.ts must have exactly the same keys
 * (checked by its type and by i18n.test.ts). Placeholders are `{name}`; they are filled with plain text.
 */
export const en = {
  'app.name': 'zkscope',
  'app.tagline': 'Watch a ZooKeeper ensemble elect a leader and agree, one message at a time.',
  'app.documentTitle': 'zkscope: see ZooKeeper think',
  'language.label': 'Language',
  'ensemble.heading': 'Ensemble',
  'ensemble.empty': 'No scenario is loaded yet.',
  'error.title': 'Something went wrong while drawing this page.',
  'error.detail': 'Details: {message}',
  'error.hint': 'Your scenario is safe in the address bar. Reload the page to start again from it.',
  'error.reload': 'Reload',
} as const;

/** A key of the message dictionaries. */
export type MessageKey = keyof typeof en;
