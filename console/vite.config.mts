import { defineConfig } from 'vite';

/**
 * The staff console. Built into console/dist and served by the Nest process at `/` (the API stays under /api).
 * JSX is compiled by Vite's own transformer (no Babel plugin): the production build needs nothing else.
 * `npm run console:dev` proxies the API to a service on :3000 for work on the pages.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // antd's modules start with "use client", meaningless in a client-only bundle
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      output: {
        // react changes rarely: its own chunk stays cached across releases of the pages. antd is left to the
        // bundler's splitting, so a page loads only the components it uses (one antd chunk would be 315 KB gzip).
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ }],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
