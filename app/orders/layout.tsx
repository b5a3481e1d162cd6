import { segmentLayout } from '@/components/layout/client-messages';

// The messages this segment's client components use (lib/i18n/client-namespaces.ts).
export default segmentLayout('orders');
