import type { Page } from '@playwright/test';

/**
 * Visible text and accessible names on the page, for the zh-CN walk: the own text of every visible
 * element (SVG text included), the options of visible selects, the titles SVG shapes show on hover, and the
 * aria-label, title, placeholder and alt attributes of visible elements, plus the document's title.
 * Verbatim text is left out: `<pre>` (a log sample, a znode's data), the text of log lines the replay did
 * not understand (as the user pasted them), a client's console output (zkCli's own words, as the real
 * zkCli prints them) are what ZooKeeper or the user wrote, not the app's words. The lock demo's last line
 * is the app's narration of the recipe, so it is checked.
 */
export function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const VERBATIM = 'pre, .unparsed-table code, .console-log';
    const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-roledescription'];
    const texts: string[] = [document.title];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest(VERBATIM) || !el.checkVisibility({ visibilityProperty: true })) continue;
      for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE) texts.push(n.textContent ?? '');
      for (const a of ATTRIBUTES) texts.push(el.getAttribute(a) ?? '');
      if (el instanceof HTMLSelectElement) for (const o of el.options) texts.push(o.text);
      // An SVG <title> is never rendered itself, but it is the tooltip and the name of the shape it is in.
      for (const c of el.children) if (c instanceof SVGTitleElement) texts.push(c.textContent ?? '');
    }
    return texts.filter((s) => s.trim() !== '');
  });
}

// Text that is ZooKeeper's or the machine's, not words: a ZooKeeper log line (from its timestamp on), URLs,
// znode paths ("/locks"), sequential znode names ("lock-0000000003"), file names ("server1.log"),
// hexadecimal numbers (zxids such as 0x100000002), dotted code ("n.round", "recvset.clear()") and the
// `name=value` / `name:value` notation of ZooKeeper's messages, ACLs and the replay search ("type=PROPOSAL",
// "world:anyone:cdrwa", "server:3"; prose puts a space after its colon).
const NOT_WORDS = new RegExp([
  /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[,.]\d{3}.*/.source,
  /https?:\/\/\S+/.source,
  /(?<![\w/])\/[\w.\-/]*/.source,
  /\b[\w-]+-\d{10}\b/.source,
  /\b[\w-]+\.(?:log|md|txt|json|png|svg|out)\b/.source,
  /\b0x[0-9a-f]+\b/.source,
  /\b\w+(?:\.\w+)+(?:\(\))?/.source,
  /\b\w+[=:](?=[^\s=])/.source,
].join('|'), 'gi');
// A Latin word of two or more letters, not glued to digits (server1, e3, c2 are names, not words).
const WORD = /(?<![\w])[A-Za-z][A-Za-z']*[A-Za-z](?![\w])/g;
// camelCase and PascalCase identifiers are code by their shape (peerEpoch, lookForLeader, WorkerReceiver,
// NodeDataChanged): no English sentence is written that way.
const IDENTIFIER = /^[A-Za-z][a-z]+[A-Z]\w*$/;

/** The Latin words in `text` that are neither on `allowed` nor shaped like a code identifier. */
export function englishWords(text: string, allowed: ReadonlySet<string>): string[] {
  const words = text.replace(NOT_WORDS, ' ').match(WORD) ?? [];
  return words.filter((w) => !allowed.has(w) && !IDENTIFIER.test(w));
}
