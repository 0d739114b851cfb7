/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
process.env.VITE_APP_VERSION = pkg.version;

/**
 * The sync server's origin when a build is hosted apart from it (VITE_SYNC_URL); by default the app's own
 * origin serves both (`npm start`), which 'self' covers, WebSocket included.
 */
export function syncOrigin(url: string | undefined): string | null {
  if (!url) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`VITE_SYNC_URL must be http(s), not ${url}`);
  return parsed.origin;
}

/**
 * No inline or remote script, no remote anything: Arena talks to nobody but its sync server. Styles allow 'unsafe-inline'
 * because React Flow positions nodes with style attributes. Only in the build: the dev server needs an
 * inline script for hot reload.
 */
export function contentSecurityPolicyFor(syncUrl: string | undefined): string {
  const sync = syncOrigin(syncUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The sync server and its WebSocket, and nothing else.
    sync ? `connect-src 'self' ${sync} ${sync.replace(/^http/, 'ws')}` : "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicyFor(process.env.VITE_SYNC_URL);

function contentSecurityPolicy(): Plugin {
  return {
    name: 'arena-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // The app asks before it updates: it never reloads under the user's hands.
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['favicon-32.png', 'apple-touch-icon.png', 'arena.schema.json'],
      manifest: {
        name: 'Arena: arena analysis for network coordinators',
        short_name: 'Arena',
        description: 'Map the partner organisations of a network around its goal and see where the composition is one-sided.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f5f6f8',
        theme_color: '#1d4ed8',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Only what Vite emits (scripts, styles, the page): the plugin itself adds the files of public/
        // (includeAssets, the manifest icons) and manifest.webmanifest, and workbox does not merge those
        // with its glob, so a pattern that also matched them listed each of them twice. The app imports no
        // image or font from code; one that it does would need its extension here.
        globPatterns: ['**/*.{js,css,html}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes control of the open page, so it works offline without a reload.
        // Updates still wait (no skipWaiting) until the user accepts "A new version is available".
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything main.tsx imports statically (the group takes its dependencies along) is one chunk,
          // `app`, loaded by a small entry beside Rolldown's runtime. Left to itself Rolldown split five
          // small modules that lazy chunks import too (vocabularies, i18n, format, thresholds, the JSX
          // runtime) into files of their own although the first load needs them all (rolldown#10731):
          // 6 scripts and the stylesheet before the first render, now 3 and the stylesheet.
          groups: [{ name: 'app', test: /\/src\/main\.tsx$/ }],
        },
      },
    },
  },
  // `npm run dev` with `npm run sync-server` beside it: the dev server passes sharing through to it.
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:4174',
      '/sync': { target: 'ws://127.0.0.1:4174', ws: true },
    },
  },
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx', 'tests/server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
