import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time instead of bundled: native/WASM code and packages that read files.
  serverExternalPackages: ['@electric-sql/pglite', 'pg-boss', 'pg', '@prisma/adapter-pg', 'nodemailer', 'stripe', 'qrcode'],
  experimental: {
    // forbidden()/unauthorized() render app/forbidden.tsx with a real 403/401 status.
    authInterrupts: true,
  },
};

export default withNextIntl(nextConfig);
