// The example as a static site in dist/ (public/ holds the articles JSON and the banner pictures).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: { target: 'es2022' },
});
