import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/http/security-headers';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  // Messages are compiled at build time: the browser gets no ICU parser (12 KB gzip of first-load
  // JS) and formats a message without parsing it first (issue #14, page speed).
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

const nextConfig: NextConfig = {
  // After each build, marks the scripts every page runs at start-up for eager compilation off the
  // main thread (scripts/build/compile-hints.mjs).
  adapterPath: fileURLToPath(new URL('./scripts/build/compile-hints.mjs', import.meta.url)),
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time instead of bundled: native/WASM code and packages that read files.
  serverExternalPackages: ['@electric-sql/pglite', 'pg-boss', 'pg', '@prisma/adapter-pg', 'nodemailer', 'stripe', 'qrcode'],
  experimental: {
    // forbidden()/unauthorized() render app/forbidden.tsx with a real 403/401 status.
    authInterrupts: true,
    // The same bound as API bodies (lib/http/body.ts): forms and choices are a few kilobytes.
    serverActions: { bodySizeLimit: '64kb' },
  },
  // Browsers ask for /favicon.ico by themselves on documents without an icon link (a PDF, JSON):
  // the site's icon answers instead of a 404.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'development') }];
  },
};

export default withNextIntl(nextConfig);
