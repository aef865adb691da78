import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppHeader } from './AppHeader.tsx';

// Server rendering needs no DOM. It renders the store's initial state (English under node, which has no
// stored choice and no Chinese preference); switching languages is covered by e2e/app.spec.ts.
describe('AppHeader', () => {
  it('shows the name, the tagline and a labelled Language select offering both languages', () => {
    const html = renderToStaticMarkup(<AppHeader />);
    expect(html).toContain('<h1 class="brand-name">zkscope</h1>');
    expect(html).toContain('Watch a ZooKeeper ensemble');
    expect(html).toMatch(/<label for="([^"]+)">Language<\/label><select id="\1"/);
    expect(html).toContain('>English</option>');
    expect(html).toContain('>简体中文</option>');
  });
});
