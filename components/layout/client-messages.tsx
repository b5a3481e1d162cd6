import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { ROOT_CLIENT_NAMESPACES, SEGMENT_CLIENT_NAMESPACES, pickMessages, type ClientSegment } from '@/lib/i18n/client-namespaces';

type Catalogue = Parameters<typeof pickMessages>[0];

/**
 * Sends the browser only the messages its client components use (lib/i18n/client-namespaces.ts):
 * the root islands' without a segment, a top-level segment's inside it. The segment's provider
 * replaces the root one for the page below it; the root islands keep theirs.
 */
export async function ClientMessages({ segment, children }: { segment?: ClientSegment; children: ReactNode }) {
  const namespaces = segment ? SEGMENT_CLIENT_NAMESPACES[segment] : ROOT_CLIENT_NAMESPACES;
  const messages = pickMessages((await getMessages()) as Catalogue, namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/** The layout of a top-level segment whose pages have client components: `export default segmentLayout('configure')`. */
export function segmentLayout(segment: ClientSegment) {
  function SegmentLayout({ children }: { children: ReactNode }) {
    return <ClientMessages segment={segment}>{children}</ClientMessages>;
  }
  SegmentLayout.displayName = `SegmentLayout(${segment})`;
  return SegmentLayout;
}
