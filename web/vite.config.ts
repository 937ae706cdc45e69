import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { productionAssets } from './build/build-plugins';

/** Libraries both sides use get chunks of their own (cached across the visitor and staff pages); the rest splits by import. */
const SHARED_LIBRARIES = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: 'i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
  { name: 'socket.io', test: /[\\/]node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io[\\/]component-emitter|debug|ms)[\\/]/ },
];

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), productionAssets()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in production (BUILD_SOURCEMAP=1 for a local size analysis; the server never serves *.map).
    sourcemap: process.env.BUILD_SOURCEMAP === '1',
    // The visitor's first load has its own budget, checked by productionAssets(); this warning would only repeat it.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: { output: { codeSplitting: { groups: SHARED_LIBRARIES } } },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
});
