import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Button } from './button';

// The server's HTML is what a visitor can press before React hydrates the page.
describe('Button before hydration', () => {
  it('is disabled in the server HTML when its action needs JavaScript (onClick)', () => {
    const html = renderToString(createElement(Button, { onClick: () => undefined }, 'Réserver'));
    expect(html).toMatch(/<button[^>]* disabled=""/);
  });

  it('stays usable when it submits a plain form', () => {
    const html = renderToString(createElement(Button, { type: 'submit' }, 'Rechercher'));
    expect(html).not.toMatch(/ disabled=""/);
  });

  it('keeps an explicit disabled', () => {
    expect(renderToString(createElement(Button, { type: 'submit', disabled: true }, 'x'))).toMatch(/disabled=""/);
  });
});
