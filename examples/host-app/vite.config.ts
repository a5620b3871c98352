import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Deliberately plain: no `resolve.alias`. `@policykit/react` and `@policykit/sdk` resolve
// like any installed package — through node_modules (here, the workspace links) to their
// `exports`, i.e. the built `dist/` files — so this app runs exactly what npm would install.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
