import express, { type Express } from "express";
import { Role } from "../access/viewer";
import { developmentClient } from "./loopback";

export interface SignInSettings {
  /** The identity provider the web app signs in at (authorization code with PKCE). */
  oidc?: { issuer: string; clientId: string; scope: string };
  /** Development only: a ready token per role, handed to loopback clients only. */
  developmentTokens?: Record<Role, string>;
}

/**
 * How the web app signs in: GET /auth/options says which ways there are (the identity provider,
 * and for a browser on this machine in development the four roles); POST /auth/development-token
 * hands one role's token to such a browser. Nothing here is personal data.
 */
export function serveSignIn(app: Express, settings: SignInSettings): void {
  const development = (req: express.Request) => (settings.developmentTokens && developmentClient(req) ? settings.developmentTokens : undefined);
  app.get("/auth/options", (req, res) => {
    res.setHeader("cache-control", "no-store");
    res.json({ oidc: settings.oidc ?? null, developmentRoles: development(req) ? Object.values(Role) : [] });
  });
  app.post("/auth/development-token", express.json({ limit: 1024 }), (req, res) => {
    res.setHeader("cache-control", "no-store");
    const tokens = development(req);
    if (!tokens) {
      res.status(404).json({ error: "Development sign-in is only for a browser on this machine, outside production." });
      return;
    }
    const role = (req.body as { role?: unknown } | undefined)?.role;
    const token = typeof role === "string" && Object.values(Role).includes(role as Role) ? tokens[role as Role] : undefined;
    if (!token) {
      res.status(400).json({ error: `role must be one of ${Object.values(Role).join(", ")}` });
      return;
    }
    res.json({ token });
  });
}
