'use client';
import { revokeConsentAction } from '../actions';

/** Withdraws one showroom consent (the customer's own; the server checks it). */
export function RevokeConsentButton({ id, label }: { id: string; label: string }) {
  return (
    <form action={revokeConsentAction}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="underline">{label}</button>
    </form>
  );
}
