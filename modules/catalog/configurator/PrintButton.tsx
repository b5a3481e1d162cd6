'use client';
import { Button } from '@/components/ui/button';

export function PrintButton({ label }: { label: string }) {
  return (
    <div data-print="hide">
      <Button variant="secondary" onClick={() => window.print()}>{label}</Button>
    </div>
  );
}
