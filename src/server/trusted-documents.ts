import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Request, RequestHandler } from "express";
import { GraphQLError } from "graphql";
import { Role } from "../access/viewer";
import { projectRoot } from "../config";
import { logger } from "../logger";

/**
 * Trusted documents (persisted operations): the workspace's own operations, as graphql-codegen
 * wrote them when it was built (web/src/gql/persisted-documents.json: "sha256:<hex>" → text). A
 * client may send such an operation by its hash alone (`documentId`, or Apollo's
 * `extensions.persistedQuery.sha256Hash`). In production, the roles that do not explore
 * (coordinators and agency workers) may run nothing else: a free query from them is refused when
 * their token is read (app.ts's context, websocket.ts's subscribe), before it is parsed or
 * validated, so validation messages never describe the schema to them.
 */
export const TRUSTED_DOCUMENTS_FILE = path.join(projectRoot, "web", "src", "gql", "persisted-documents.json");

/** The roles held to the workspace's operations in production; analysts and admins keep free queries. */
export const HELD_ROLES: readonly Role[] = [Role.COORDINATOR, Role.AGENCY_WORKER];

export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  /** The manifest of the workspace's build; none (an API without its workspace) holds every held role to nothing. */
  static load(file = TRUSTED_DOCUMENTS_FILE): TrustedDocuments {
    if (!fs.existsSync(file)) {
      logger.warn({ file: path.relative(projectRoot, file) }, "no trusted documents: in production coordinators and agency workers can run no operation");
      return new TrustedDocuments(new Map());
    }
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
    return new TrustedDocuments(new Map(Object.entries(manifest).map(([id, text]) => [hex(id), text])));
  }

  /** The text of a document named by its hash ("sha256:<hex>" or "<hex>"); undefined when unknown. */
  text(id: string): string | undefined {
    return this.byHash.get(hex(id));
  }

  /** Whether a source is one of the documents, to the byte. */
  has(source: string): boolean {
    return this.byHash.get(sha256(source)) === source;
  }
}

const sha256 = (text: string): string => crypto.createHash("sha256").update(text).digest("hex");
const hex = (id: string): string => id.replace(/^sha256:/i, "").toLowerCase();

/** Whether this caller, in this mode, may run only trusted documents. */
export const heldToTrusted = (production: boolean, role: Role | undefined): boolean => production && role !== undefined && HELD_ROLES.includes(role);

export const notTrustedError = (): GraphQLError => {
  logger.warn({ reason: "not a trusted document" }, "operation refused"); // never the text: it may hold anything
  return new GraphQLError("In production this role may run only the workspace's own operations (trusted documents). Ask an analyst or an administrator for other questions.", {
    extensions: { code: "FORBIDDEN", http: { status: 403 } },
  });
};

/** An id the request names its document by: GraphQL over HTTP's `documentId`, or Apollo's persisted-query hash. */
function documentIdOf(request: { documentId?: unknown; extensions?: unknown }): string | undefined {
  if (typeof request.documentId === "string") return request.documentId;
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === "string" ? persisted.sha256Hash : undefined;
}

/**
 * Puts the text of a document named by its hash into a POST request's body, so the rest of the
 * server sees an ordinary request; an unknown hash (or a text that is not the hash's) is a 400.
 * (A GET naming a hash is left to Apollo, which refuses it: persisted queries are off there.)
 */
export function resolveDocumentIds(documents: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    if (req.method !== "POST" || !req.body || typeof req.body !== "object" || Array.isArray(req.body)) return next();
    const body = req.body as Record<string, unknown>;
    const id = documentIdOf(body);
    if (id === undefined) return next();
    const text = documents.text(id);
    if (text === undefined || (body.query !== undefined && body.query !== text)) {
      res.status(400).json({ errors: [{ message: "Unknown document: only the workspace's own documents can be named by their hash; send the query text instead.", extensions: { code: "BAD_USER_INPUT" } }] });
      return;
    }
    // Apollo's own automatic persisted queries (which would register any text) stay off: the id has done its work
    const { documentId: _id, extensions, ...rest } = body;
    const others = typeof extensions === "object" && extensions !== null ? Object.fromEntries(Object.entries(extensions).filter(([k]) => k !== "persistedQuery")) : undefined;
    req.body = { ...rest, query: text, ...(others && Object.keys(others).length ? { extensions: others } : {}) };
    next();
  };
}

/** The operation's text as the request carries it (POST body or GET parameter); "" when there is none. */
export function operationText(req: Request): string {
  const holder = (req.method === "POST" ? req.body : req.query) as { query?: unknown } | undefined;
  return typeof holder?.query === "string" ? holder.query : "";
}
