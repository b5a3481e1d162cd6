'use client';
import { useRouter } from 'next/navigation';

export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="text-sm font-medium text-slate-700 underline-offset-4 hover:underline"
      onClick={async () => {
        // The auth client (about 12 KB gzip) loads on the click: the header is on every page.
        const { authClient } = await import('@/lib/auth-client');
        await authClient.signOut();
        router.push('/');
        router.refresh();
      }}
    >
      {label}
    </button>
  );
}
