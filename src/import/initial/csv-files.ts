import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { NodeIds } from "./node-ids";

/** The column types of neo4j-admin's CSV headers that the import's properties take. */
export type ColumnType = "string" | "long" | "date" | "datetime" | "string[]";
export interface Column { name: string; type: ColumnType }

/** Between the items of a list property: a control character no delivery label is expected to hold (a label that does is refused). */
export const ARRAY_DELIMITER = "\u001f";

/** A value neo4j-admin cannot take as it is: the initial import refuses it rather than store it otherwise. */
export class UnwritableValue extends Error {}

const BLOCK = 1 << 20;

/** One data file of a node label or relationship type: lines collected in blocks, written with backpressure. */
class DataFile {
  private readonly out: fs.WriteStream;
  private lines: string[] = [];
  private length = 0;
  private failure: Error | undefined;
  rows = 0;
  /** the longest line, in UTF-16 code units (the chars neo4j-admin reads it as) */
  longest = 0;

  constructor(readonly file: string) {
    this.out = fs.createWriteStream(file, { mode: 0o600, highWaterMark: 4 * BLOCK });
    this.out.on("error", (error) => void (this.failure ??= error));
  }

  add(line: string): Promise<void> | undefined {
    if (this.failure) throw new Error(`the initial import's CSV files could not be written (${this.failure.message})`);
    this.rows++;
    if (line.length > this.longest) this.longest = line.length;
    this.lines.push(line);
    this.length += line.length;
    if (this.length < BLOCK) return undefined;
    const ready = this.flush();
    return ready ? undefined : once(this.out, "drain").then(() => undefined);
  }

  private flush(): boolean {
    const ready = this.out.write(this.lines.join(""));
    this.lines = [];
    this.length = 0;
    return ready;
  }

  async close(): Promise<void> {
    if (this.lines.length) this.flush();
    this.out.end();
    if (!this.out.closed) await once(this.out, "close");
    if (this.failure) throw new Error(`the initial import's CSV files could not be written (${this.failure.message})`);
  }
}

/** The files of one node label or relationship type: a header file, the data, and the rows that span lines apart. */
class Group {
  private plain: DataFile | undefined;
  private multiline: DataFile | undefined;

  constructor(private readonly dir: string, readonly name: string, readonly header: string[]) {}

  /** A row's fields, each already a CSV field; a row holding a line break goes to a file of its own (parsed slower, so only those rows). */
  add(fields: string[]): Promise<void> | undefined {
    const line = fields.join(",");
    if (/[\r\n]/.test(line)) return (this.multiline ??= new DataFile(path.join(this.dir, `${this.name}.multiline.csv`))).add(`${line}\n`);
    return (this.plain ??= new DataFile(path.join(this.dir, `${this.name}.csv`))).add(`${line}\n`);
  }

  get rows(): number {
    return (this.plain?.rows ?? 0) + (this.multiline?.rows ?? 0);
  }

  get longest(): number {
    return Math.max(this.header.join(",").length, this.plain?.longest ?? 0, this.multiline?.longest ?? 0);
  }

  /** The files for neo4j-admin, header first; none when the group got no rows. */
  async close(): Promise<{ files: string[]; multiline: string | undefined }> {
    const data = [this.plain, this.multiline].filter((f): f is DataFile => f !== undefined);
    await Promise.all(data.map((f) => f.close()));
    if (!data.length) return { files: [], multiline: undefined };
    const headerFile = path.join(this.dir, `${this.name}.header.csv`);
    await fs.promises.writeFile(headerFile, `${this.header.join(",")}\n`, { mode: 0o600 });
    return { files: [headerFile, ...data.map((f) => f.file)], multiline: this.multiline?.file };
  }
}

/** What neo4j-admin is given: per label and per relationship type its files, and which files hold rows over several lines. */
export interface CsvInput {
  nodes: { label: string; files: string[] }[];
  relationships: { type: string; files: string[] }[];
  multiline: string[];
  /** the longest row (or header) in any file, in chars: neo4j-admin's read buffer must hold every value */
  longestRow: number;
}

/**
 * A node label's files; `extraLabel` gives a node a second label from its properties (an event's type:
 * migration 015), by a group of files per second label (neo4j-admin's `--nodes=Event:Event_SIGNAL=…`),
 * which it reads faster than a `:LABEL` column.
 */
export interface NodeSpec { label: string; key: Column; columns: Column[]; extraLabel?: (props: Record<string, unknown>) => string }
export interface RelationshipSpec { type: string; from: string; to: string; columns: Column[] }

/**
 * neo4j-admin's CSV input, written as it comes: nodes of a label with their number as `:ID` (not
 * stored; see node-ids.ts) and their key as an ordinary property, relationships between two
 * numbers, typed columns.
 */
export class CsvFiles {
  private readonly nodes = new Map<string, { spec: NodeSpec; labels: string; group: Group }>();
  private readonly relationships = new Map<string, { spec: RelationshipSpec; group: Group }>();
  private readonly ids = new NodeIds();
  /** Nodes with an empty list property, which CSV cannot carry: set after the import (see `field`). */
  readonly emptyLists: { label: string; key: string; property: string }[] = [];

  constructor(private readonly dir: string) {}

  /** A node: its key and its properties (every one must be a column of its label). */
  node(spec: NodeSpec, key: string, props: Record<string, unknown>): Promise<void> | undefined {
    const labels = spec.extraLabel ? `${spec.label}:${spec.extraLabel(props)}` : spec.label;
    let entry = this.nodes.get(labels);
    if (!entry) {
      const header = [":ID", headerOf(spec.key), ...spec.columns.map(headerOf)];
      this.nodes.set(labels, (entry = { spec, labels, group: new Group(this.dir, `node-${labels.replace(":", "-")}`, header) }));
    }
    for (const name of Object.keys(props)) {
      if (name !== spec.key.name && !spec.columns.some((c) => c.name === name)) throw new Error(`${spec.label}.${name} is not a column of the initial import (src/import/initial/columns.ts)`);
    }
    for (const c of spec.columns) {
      const value = props[c.name];
      if (Array.isArray(value) && !value.length) this.emptyLists.push({ label: spec.label, key, property: c.name });
    }
    const id = this.ids.created(spec.label, key);
    return entry.group.add([String(id), field(spec.key.type, key), ...spec.columns.map((c) => field(c.type, props[c.name]))]);
  }

  /** A relationship between two nodes by their keys, with its properties. */
  relationship(spec: RelationshipSpec, from: string, to: string, props: Record<string, unknown> = {}): Promise<void> | undefined {
    const name = `${spec.from}-${spec.type}-${spec.to}`;
    let entry = this.relationships.get(name);
    if (!entry) {
      const header = [":START_ID", ":END_ID", ...spec.columns.map(headerOf)];
      this.relationships.set(name, (entry = { spec, group: new Group(this.dir, `rel-${name}`, header) }));
    }
    for (const key of Object.keys(props)) {
      if (!spec.columns.some((c) => c.name === key)) throw new Error(`${spec.type}.${key} is not a column of the initial import (src/import/initial/columns.ts)`);
    }
    const ends = [String(this.ids.of(spec.from, from)), String(this.ids.of(spec.to, to))];
    return entry.group.add([...ends, ...spec.columns.map((c) => field(c.type, props[c.name]))]);
  }

  /** Rows written so far: nodes and relationships. */
  get rows(): { nodes: number; relationships: number } {
    const sum = (m: Map<string, { group: Group }>) => [...m.values()].reduce((n, e) => n + e.group.rows, 0);
    return { nodes: sum(this.nodes), relationships: sum(this.relationships) };
  }

  async close(): Promise<CsvInput> {
    const groups = [...this.nodes.values(), ...this.relationships.values()].map((e) => e.group);
    const input: CsvInput = { nodes: [], relationships: [], multiline: [], longestRow: Math.max(0, ...groups.map((g) => g.longest)) };
    for (const { labels, group } of this.nodes.values()) {
      const { files, multiline } = await group.close();
      if (files.length) input.nodes.push({ label: labels, files });
      if (multiline) input.multiline.push(multiline);
    }
    for (const { spec, group } of this.relationships.values()) {
      const { files, multiline } = await group.close();
      if (files.length) input.relationships.push({ type: spec.type, files });
      if (multiline) input.multiline.push(multiline);
    }
    this.ids.close(); // after the files are closed, so a refusal leaves none open
    return input;
  }
}

const headerOf = (c: Column): string => (c.type === "string" ? c.name : `${c.name}:${c.type}`);

/** A quoted string: RFC 4180 doubles the quotes inside; "" stays an empty string (an empty field is no property). */
const quoted = (s: string): string => `"${s.includes('"') ? s.replace(/"/g, '""') : s}"`;

/** One value as a CSV field of its column's type; absent (undefined, null): an empty field, no property. */
function field(type: ColumnType, value: unknown): string {
  if (value === undefined || value === null) return "";
  switch (type) {
    case "string":
      if (typeof value !== "string") throw new Error(`a ${typeof value} in a string column`);
      return quoted(value);
    case "long":
      // the online writer stores a whole number as an integer (convert.ts toParams); the delivery schema allows no other numbers here
      if (typeof value !== "number" || !Number.isSafeInteger(value)) throw new Error("a value that is not a whole number in an integer column");
      return String(value);
    case "date":
    case "datetime":
      return String(value); // a Neo4j Date (YYYY-MM-DD) or an ISO instant
    case "string[]": {
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) throw new Error("a list column that is not a list of strings");
      if (value.some((v: string) => v.includes(ARRAY_DELIMITER))) throw new UnwritableValue("holds the control character U+001F, which the initial import uses between the items of a list");
      // an empty list cannot be said in neo4j-admin's CSV (an empty field is no property): the caller sets it afterwards
      return value.length ? quoted(value.join(ARRAY_DELIMITER)) : "";
    }
  }
}
