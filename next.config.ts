import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
];
// No page may be framed, except the /embed pages, which exist to be put in an iframe anywhere. The
// Content-Security-Policy is the proxy's: a page's carries the nonce of its own scripts.
const securityHeaders = [...common, { key: 'X-Frame-Options', value: 'DENY' }];

const nextConfig: NextConfig = {
  // A second build folder lets two test servers build side by side on one machine.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The proxy sees the URL the router resolved, on the address the server is bound to. Without this
  // Next rebuilds it on "localhost", and a rewrite to it looks external under `next start -H <ip>`.
  skipProxyUrlNormalize: true,
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@node-rs/argon2'],
  // The CSV import sends a file of up to 1 MiB to a server action (and its text back to confirm);
  // the default limit of 1 MB would refuse it before the action could say why.
  experimental: {
    serverActions: { bodySizeLimit: '3mb' },
    // The stylesheet (38 kB, 9 kB gzip) goes in the page's <head> rather than a <link>: the first
    // paint waits for no second request. Lighthouse's throttled LCP on /deals fell from 2.2 s to about
    // 1 s in the runs where our paint came before the scripts (tests/bench/results.md).
    inlineCss: true,
  },
  async headers() {
    return [
      // Everything but /embed/… and /ko/embed/… (a negative look-ahead on the whole path).
      { source: '/:path((?!embed(?:/|$)|ko/embed(?:/|$)).*)', headers: securityHeaders },
      { source: '/embed/:path*', headers: common },
      { source: '/ko/embed/:path*', headers: common },
    ];
  },
};

export default withNextIntl(nextConfig);
