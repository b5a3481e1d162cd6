import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';
import type { ChatMessageView } from '../types';
import { MessageBubble } from './MessageBubble';

const message = (body: string, extra: Partial<ChatMessageView> = {}): ChatMessageView => ({ seq: 1, authorRole: 'buyer', authorName: null, kind: 'text', body, payload: null, createdAt: '2026-12-06T10:00:00Z', ...extra });
const render = (m: ChatMessageView) => renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: 'fr', messages: fr, timeZone: 'Europe/Paris', children: createElement(MessageBubble, { message: m, mine: false }) }));

describe('MessageBubble', () => {
  it('renders a message as text: tags show as typed, nothing is injected', () => {
    const html = render(message('<img src=x onerror="alert(1)"><script>alert(2)</script>'));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it("shows the advisor's initials and only same-site configuration links", () => {
    expect(render(message('Voici', { authorRole: 'advisor', authorName: 'Inès Laurent', kind: 'configuration', payload: { href: '/configure/horizon?p=rouge-vif' } }))).toMatch(/>IL<.*href="\/configure\/horizon\?p=rouge-vif"/s);
    expect(render(message('Voici', { authorRole: 'advisor', authorName: 'Inès Laurent', kind: 'configuration', payload: { href: 'javascript:alert(1)' } }))).not.toContain('href=');
  });
});
