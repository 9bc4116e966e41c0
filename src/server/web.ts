import fs from "node:fs";
import path from "node:path";
import express, { type Express } from "express";

/** The web app's own pages: each answers with index.html and the app routes in the browser. */
export const APP_PAGES = ["/", "/households/:id", "/hits", "/reports", "/find", "/sign-in", "/auth/callback"];

/**
 * The built web app from the same origin as /graphql: hashed assets cached for a year, the page
 * itself never (so a new build is seen at once). Unbuilt, the pages say how to build it.
 */
export function serveWeb(app: Express, root: string): void {
  const index = path.join(root, "index.html");
  app.use("/assets", express.static(path.join(root, "assets"), { immutable: true, maxAge: "365d", index: false, fallthrough: false }));
  app.use(express.static(root, { index: false }));
  app.get(APP_PAGES, (_req, res) => {
    if (!fs.existsSync(index)) {
      res.status(503).type("text").send("The web app is not built yet: run `npm run build` (npm start does), then reload.\n");
      return;
    }
    res.setHeader("cache-control", "no-cache");
    res.sendFile(index);
  });
}
