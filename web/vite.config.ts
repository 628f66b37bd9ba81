import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API the dev server forwards to (`npm run dev:web`): the one `npm run dev` started, unless told otherwise.
const api = process.env.API_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;

/**
 * The staff app, served by the API at /app/. `vite` (the fast front-end loop) proxies the API so the
 * browser sees one origin, as in production: the session cookie and its CSRF checks work unchanged.
 */
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Sizes are measured (compressed) by scripts/check-bundle-budget.mjs, which fails over budget.
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    strictPort: true,
    proxy: Object.fromEntries(
      ['/api', '/openapi.json', '/health'].map((path) => [
        path,
        {
          target: api,
          changeOrigin: true,
          // The API refuses cookie-session calls from another origin: to it, the dev server is the browser's origin.
          configure: (proxy) => proxy.on('proxyReq', (request) => request.getHeader('origin') && request.setHeader('origin', new URL(api).origin)),
        },
      ]),
    ),
  },
});
