import { SaxesParser } from "saxes";

/** One element of a message: its local name and namespace, where it stands, its text and children. */
export interface XmlElement {
  name: string;
  ns: string;
  line: number;
  parent: XmlElement | undefined;
  children: XmlElement[];
  text: string;
  /** its place among its parent's children of its name (1-based), and how many there are: set when the parent closes */
  nth: number;
  of: number;
}

export type Parsed = { ok: true; root: XmlElement } | { ok: false; line: number | undefined; message: string };

/** Larger than any real message (a 301 with many products is tens of KiB): refused unread. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
/** More elements, or deeper, than any message of the standard has (a 301 with 100 products: about 3,000, 6 deep). */
export const MAX_ELEMENTS = 20_000;
export const MAX_DEPTH = 32;

/**
 * Parses one message. Well-formedness is decided by saxes (a strict XML 1.0 parser); a DOCTYPE
 * is refused before anything is read (no entity of any kind is expanded: no XXE, no billion
 * laughs). What a problem says never quotes the message's text, which may be personal data.
 */
export function parseXml(text: string): Parsed {
  if (Buffer.byteLength(text, "utf8") > MAX_MESSAGE_BYTES) return { ok: false, line: undefined, message: `is larger than ${MAX_MESSAGE_BYTES / 1024} KiB: not a message` };
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: XmlElement | undefined;
  let open: XmlElement | undefined;
  let failure: { line: number | undefined; message: string } | undefined;
  parser.on("error", (error) => {
    failure ??= { line: parser.line, message: `is not well-formed XML: ${withoutQuotes(error.message)}` };
  });
  parser.on("doctype", () => {
    failure ??= { line: parser.line, message: "has a DOCTYPE: a message has none (no entities are read)" };
  });
  let elements = 0;
  let depth = 0;
  parser.on("opentag", (tag) => {
    if (++elements > MAX_ELEMENTS || ++depth > MAX_DEPTH) {
      failure ??= { line: parser.line, message: `has more than ${MAX_ELEMENTS} elements or is nested deeper than ${MAX_DEPTH}: not a message` };
      return;
    }
    const element: XmlElement = { name: tag.local ?? tag.name, ns: tag.uri ?? "", line: parser.line, parent: open, children: [], text: "", nth: 1, of: 1 };
    if (open) open.children.push(element);
    else root ??= element;
    open = element;
  });
  parser.on("text", (t) => {
    if (open) open.text += t;
  });
  parser.on("closetag", () => {
    if (depth-- > MAX_DEPTH || !open) return;
    numberChildren(open);
    open = open.parent;
  });
  try {
    // a failure stops the parse: the rest of a hostile text is not read
    for (let at = 0; at < text.length && !failure; at += 64 * 1024) parser.write(text.slice(at, at + 64 * 1024));
    if (!failure) parser.close();
  } catch {
    // saxes reports through the error handler and may throw after it: the first failure is what counts
  }
  if (failure) return { ok: false, ...failure };
  if (!root) return { ok: false, line: undefined, message: "is not well-formed XML: it has no root element" };
  return { ok: true, root };
}

/** saxes's message without its position prefix and anything quoted from the text. */
function withoutQuotes(message: string): string {
  return message.replace(/^[^:]*:\d+:\d+:\s*/, "").replace(/"[^"]*"|'[^']*'/g, "…").trim();
}

/** Each child's place among its siblings of the same name: once per element, so paths cost nothing later. */
function numberChildren(parent: XmlElement): void {
  const counts = new Map<string, number>();
  for (const c of parent.children) c.nth = counts.set(c.name, (counts.get(c.name) ?? 0) + 1).get(c.name) as number;
  for (const c of parent.children) c.of = counts.get(c.name) as number;
}

/** The element's path as the standard's rules name it: `/Bericht/Client/StopProducten/StopProduct[2]/Einddatum`. */
export function pathOf(element: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | undefined = element; e; e = e.parent) parts.push(e.of > 1 ? `${e.name}[${e.nth}]` : e.name);
  return `/${parts.reverse().join("/")}`;
}

/** The deepest element that starts on a line (an XSD validator names lines, the problem names a path). */
export function elementOnLine(root: XmlElement, line: number, name?: string): XmlElement | undefined {
  let found: { e: XmlElement; depth: number } | undefined;
  const stack: Array<{ e: XmlElement; depth: number }> = [{ e: root, depth: 0 }];
  while (stack.length) {
    const { e, depth } = stack.pop() as { e: XmlElement; depth: number };
    if (e.line === line && (!name || e.name === name) && (!found || depth > found.depth)) found = { e, depth };
    for (const c of e.children) if (c.line <= line) stack.push({ e: c, depth: depth + 1 });
  }
  return found?.e;
}

export const child = (e: XmlElement | undefined, name: string): XmlElement | undefined => e?.children.find((c) => c.name === name);
export const childrenNamed = (e: XmlElement | undefined, name: string): XmlElement[] => e?.children.filter((c) => c.name === name) ?? [];
/** The element's text, trimmed; undefined when the element is absent. */
export const textOf = (e: XmlElement | undefined): string | undefined => (e ? e.text.trim() : undefined);
