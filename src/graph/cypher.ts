import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";

/** A query from a `.cypher` file: its first line is `// name: <name> — <purpose>`. */
export interface CypherQuery {
  readonly name: string;
  /** the text sent to Neo4j: the file without its comments and indentation (see `compact`) */
  readonly text: string;
}

const cache = new Map<string, CypherQuery>();

/** Loads `src/<relativePath>` once; works the same from `dist/` and from ts-jest. */
export function cypher(relativePath: string): CypherQuery {
  const hit = cache.get(relativePath);
  if (hit) return hit;
  const file = fs.readFileSync(path.join(projectRoot, "src", relativePath), "utf8");
  const name = /^\/\/\s*name:\s*([\w.-]+)/.exec(file)?.[1];
  if (!name) throw new Error(`${relativePath} must start with a "// name: <name>" line`);
  const query = { name, text: compact(file) };
  cache.set(relativePath, query);
  return query;
}

/**
 * A query's text without comments, each run of spaces and line breaks made one space; strings and
 * `quoted names` kept as they are. The text goes to Neo4j with every run: the driver writes it to
 * the socket in pieces of 1,400 bytes, each a system call that wakes Neo4j for part of a message
 * (household-lists, 3,775 bytes as written, went in three).
 */
export function compact(text: string): string {
  let out = "";
  let space = false;
  let i = 0;
  const emit = (piece: string): void => {
    if (space && out) out += " ";
    space = false;
    out += piece;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === "/" && text[i + 1] === "/") {
      i = text.indexOf("\n", i);
      if (i < 0) break;
      space = true;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
      space = true;
    } else if (/\s/.test(c)) {
      space = true;
      i++;
    } else if (c === "'" || c === '"' || c === "`") {
      const end = closing(text, i);
      emit(text.slice(i, end));
      i = end;
    } else {
      emit(c);
      i++;
    }
  }
  return out;
}

/** Where the string or quoted name opening at `from` ends (just past its closing quote). */
function closing(text: string, from: number): number {
  const quote = text[from];
  let i = from + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\" && quote !== "`") i += 2; // an escape: the next character is part of the string
    else if (c === quote && quote === "`" && text[i + 1] === "`") i += 2; // `` inside a quoted name
    else if (c === quote) return i + 1;
    else i++;
  }
  return text.length;
}

/**
 * The statements of a text of several (a migration), split at each `;` outside strings and quoted
 * names (comments are gone already: see `compact`), each trimmed, empty ones left out.
 */
export function statementsOf(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"' || c === "`") i = closing(text, i);
    else if (c === ";") {
      out.push(text.slice(from, i));
      from = ++i;
    } else i++;
  }
  out.push(text.slice(from));
  return out.map((s) => s.trim()).filter(Boolean);
}
