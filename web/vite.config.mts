import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API the dev server forwards to (npm run dev:web while npm start runs).
const api = process.env.BEHANGROL_API ?? "http://127.0.0.1:4000";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "../dist/web", emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  server: {
    host: "127.0.0.1",
    proxy: {
      "/graphql": { target: api, ws: true },
      "/auth/options": api,
      "/auth/development-token": api,
    },
  },
});
