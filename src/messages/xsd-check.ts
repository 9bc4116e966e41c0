import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";
import { projectRoot } from "../config";
import type { MessageType, Standard } from "./facts";

/** A message that does not validate: where (xmllint's line, the element's local name) and which rule it broke, never a value. */
export interface XsdProblem {
  name: string;
  line: number | undefined;
  element: string | undefined;
  message: string;
}

/**
 * Messages one xmllint run validates, as one document: a wrapper element (in a namespace of our
 * own, declared by a generated wrapper XSD that imports the message's XSD) holding the messages one
 * after the other, each validated against the standard's own definition of its root. One document
 * instead of one file per message takes the per-file cost away:
 *
 * Speed, measured 2026-12-06 with composed iJw 301s (2.2 kB, two products), Node 20, 2-core machine:
 *   one file per message (xmllint-wasm 5.3): 1,000 per run 2,450-2,600/s, 5,000 as two concurrent runs 2,700-3,650/s
 *     (a run costs 90-190 ms before the first message, then 0.2-0.3 ms a message; and libxml2 in
 *     xmllint-wasm corrupts its memory from about 2,800 files in one run)
 *   one wrapped document: 500 in 167 ms, 2,000 in 240 ms (0.05 ms a message after the run's start)
 * tests/bench/RESULTS.md has the import's speed as a whole.
 */
export const MESSAGES_PER_RUN = 5000;
/*
 * The wrapped document is validated as a stream (xmllint --stream: libxml2's reader, a constant few MiB). Building
 * the document's tree instead ran out of xmllint-wasm's 32 MiB of memory (exit code 9) on a batch of
 * 5,000 messages at 100,000 households, and on 5,000 larger ones (38 MiB of text) at once; streamed,
 * 20,000 of those (152 MiB) validate in 5.6 s, with the same lines in the problems.
 */
/** And at most this much text in one run (a run holds its document whole). */
export const BYTES_PER_RUN = 32 * 1024 * 1024;
/** Files of one run when the messages are checked one file each: libxml2 in xmllint-wasm 5.3 corrupts its memory from about 2,800. */
const FILES_PER_RUN = 1000;

const FOLDER: Record<Standard, { dir: string; prefix: string }> = {
  iJw: { dir: "ijw-3.2", prefix: "JW" },
  iWmo: { dir: "iwmo-3.2", prefix: "WMO" },
};

interface Schema { wrapper: XMLFileInfo; main: XMLFileInfo; imports: XMLFileInfo[]; known: Known }

/** The namespace of the wrapper element several messages are validated in (ours, not the standard's). */
const WRAPPER_NAMESPACE = "urn:behangrol:berichten";

/** A schema for one document holding messages of one type: `b:Berichten` with any number of the message's root. */
function wrapperFor(standard: Standard, type: MessageType, main: string): XMLFileInfo {
  const namespace = `http://www.istandaarden.nl/${standard === "iJw" ? "ijw" : "iwmo"}/3_2/${standard === "iJw" ? "jw" : "wmo"}${type}/schema`;
  return {
    fileName: "berichten.xsd",
    contents: `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:m="${namespace}" targetNamespace="${WRAPPER_NAMESPACE}" elementFormDefault="qualified">
  <xs:import namespace="${namespace}" schemaLocation="${main}"/>
  <xs:element name="Berichten"><xs:complexType><xs:sequence><xs:element ref="m:Bericht" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element>
</xs:schema>
`,
  };
}
const schemas = new Map<string, Schema>();

/** The message XSD and the basisschema it imports, read from standards/ once per process. */
function schemaFor(standard: Standard, type: MessageType): Schema {
  const key = `${standard}${type}`;
  let schema = schemas.get(key);
  if (!schema) {
    const { dir, prefix } = FOLDER[standard];
    const read = (file: string): XMLFileInfo => ({ fileName: file, contents: fs.readFileSync(path.join(projectRoot, "standards", dir, file), "utf8") });
    const main = read(`${prefix}${type}.xsd`);
    const imports = [read("basisschema.xsd")];
    schema = { wrapper: wrapperFor(standard, type, main.fileName), main, imports, known: knownValues([main, ...imports]) };
    schemas.set(key, schema);
  }
  return schema;
}

/**
 * Validates messages of one standard and type against the standard's XSD, MESSAGES_PER_RUN to one
 * xmllint run (one worker, one schema compilation, one wrapped document). Returns a problem per broken rule of each
 * invalid message, in the messages' order; an empty list when all are valid. The problems say
 * which element and which rule (facet, type, what was expected) but never quote the message:
 * xmllint's own words carry its values (a BSN, a name), see "xmllint's words" below.
 */
export async function validateAgainstXsd(
  standard: Standard,
  type: MessageType,
  messages: ReadonlyArray<{ name: string; text: string }>,
): Promise<XsdProblem[]> {
  const schema = schemaFor(standard, type);
  const problems: XsdProblem[] = [];
  for (let start = 0; start < messages.length;) {
    let end = start;
    for (let bytes = 0; end < messages.length && end - start < MESSAGES_PER_RUN && (end === start || bytes + (messages[end]?.text.length ?? 0) <= BYTES_PER_RUN); end++) {
      bytes += messages[end]?.text.length ?? 0;
    }
    problems.push(...(await run(schema, messages.slice(start, end))));
    start = end;
  }
  return problems;
}

/** A message's XML declaration (the wrapper has its own); what follows it keeps its lines. */
const DECLARATION = /^\uFEFF?(<\?xml[^>]*\?>)?/;

async function run(schema: Schema, messages: ReadonlyArray<{ name: string; text: string }>): Promise<XsdProblem[]> {
  // xmllint names the file at the start of its output lines; a random name per run means a value
  // that holds a line break cannot pass for a line of xmllint's own
  const fileName = "m" + crypto.randomBytes(6).toString("hex");
  // each message starts on a line of its own: its first line is the wrapper's line starts[i]
  const starts: number[] = [];
  let line = 2;
  const parts = messages.map((m) => {
    const text = m.text.replace(DECLARATION, "");
    starts.push(line);
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) line++;
    line++;
    return text;
  });
  const contents = `<b:Berichten xmlns:b="${WRAPPER_NAMESPACE}">\n${parts.join("\n")}\n</b:Berichten>\n`;
  let output: string;
  try {
    output = (await validateXML({ xml: [{ fileName, contents }], schema: [schema.wrapper], preload: [schema.main, ...schema.imports], stream: true })).rawOutput;
  } catch (error) {
    // exit code 1: the streamed document stopped being XML somewhere, so the rest went unread: each message again, as a file of its own
    const code = (error as { code?: unknown }).code;
    if (code === 1) return eachInRuns(schema, messages);
    // its message is xmllint's output, which may quote a message: only the exit code goes on
    throw new Error(`xmllint did not finish${typeof code === "number" ? ` (exit code ${code})` : ""}`);
  }
  const messageAt = (wrapperLine: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= wrapperLine) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const found = new Map<number, XsdProblem[]>();
  let failed = false;
  let wrapperTrouble = false;
  for (const out of output.split("\n")) {
    const at = /^(m[0-9a-f]{12}):(\d+): (.*)$/.exec(out);
    if (at && at[1] === fileName) {
      const wrapperLine = Number(at[2]);
      const i = messageAt(wrapperLine);
      const described = describe(at[3] as string, schema.known);
      if (described && (described.element === undefined || described.element === "Berichten" || !(at[3] as string).startsWith("Schemas validity"))) wrapperTrouble = true;
      if (described) {
        const message = messages[i] as { name: string };
        found.set(i, [...(found.get(i) ?? []), { name: message.name, line: wrapperLine - (starts[i] as number) + 1, ...described }]);
      }
      continue;
    }
    if (out === `${fileName} fails to validate`) failed = true;
  }
  // A problem of the document rather than of one message (a parser error stops the rest unread, text
  // between messages, something the wrapper itself refuses), or a failure said nowhere: the messages
  // are validated again as files of their own, so none passes unread and each problem is its own.
  const problems = [...found.keys()].sort((a, b) => a - b).flatMap((i) => found.get(i) ?? []);
  if (wrapperTrouble || (failed && !problems.length)) return eachInRuns(schema, messages);
  return problems;
}

/** The messages as files of their own, FILES_PER_RUN to a run. */
async function eachInRuns(schema: Schema, messages: ReadonlyArray<{ name: string; text: string }>): Promise<XsdProblem[]> {
  const each: XsdProblem[] = [];
  for (let start = 0; start < messages.length; start += FILES_PER_RUN) each.push(...(await runEach(schema, messages.slice(start, start + FILES_PER_RUN))));
  return each;
}

/** The messages as files of their own, one xmllint run: slower, but no message can disturb another. */
async function runEach(schema: Schema, messages: ReadonlyArray<{ name: string; text: string }>): Promise<XsdProblem[]> {
  // xmllint names each file at the start of its output lines; a random stem per run means a value
  // that holds a line break cannot pass for a line of xmllint's own
  const stem = "m" + crypto.randomBytes(6).toString("hex");
  const fileName = (i: number): string => `${stem}${i.toString(36)}`;
  const index = new Map<string, number>();
  const xml = messages.map((m, i) => {
    index.set(fileName(i), i);
    return { fileName: fileName(i), contents: m.text };
  });
  let output: string;
  try {
    // not streamed: a file that is not XML is then a problem of its own, not the end of the run (each file's tree is small)
    output = (await validateXML({ xml, schema: [schema.main], preload: schema.imports })).rawOutput;
  } catch (error) {
    // its message is xmllint's output, which may quote a message: only the exit code goes on
    const code = (error as { code?: unknown }).code;
    throw new Error(`xmllint did not finish${typeof code === "number" ? ` (exit code ${code})` : ""}`);
  }
  const found = new Map<number, XsdProblem[]>();
  const failed = new Set<number>();
  for (const line of output.split("\n")) {
    const at = /^(m[0-9a-f]{12}[0-9a-z]+):(\d+): (.*)$/.exec(line);
    if (at) {
      const i = index.get(at[1] as string);
      const described = i === undefined ? undefined : describe(at[3] as string, schema.known);
      if (i !== undefined && described) {
        const message = messages[i] as { name: string };
        found.set(i, [...(found.get(i) ?? []), { name: message.name, line: Number(at[2]), ...described }]);
      }
      continue;
    }
    const failing = /^(m[0-9a-f]{12}[0-9a-z]+) fails to validate$/.exec(line);
    const i = failing ? index.get(failing[1] as string) : undefined;
    if (i !== undefined) failed.add(i);
  }
  // a message xmllint failed without saying where still gets a problem
  for (const i of failed) {
    if (!found.has(i)) found.set(i, [{ name: (messages[i] as { name: string }).name, line: undefined, element: undefined, message: "does not validate against the XSD" }]);
  }
  return [...found.keys()].sort((a, b) => a - b).flatMap((i) => found.get(i) ?? []);
}


// ---- xmllint's words, without the message's values --------------------------------------------
// libxml2 quotes the value it refused ("The value '12345678' is not accepted by the pattern
// '[0-9]{9}'", "'2027-06-31' is not a valid value of the atomic type ..."), and a parser error names
// the tags and bytes it met. What is kept: the element's local name (an XML name holds no quote),
// the facet, the type, the expected elements, and a limit only when it is a number or a pattern or
// code the XSD itself defines. Each template is read from its end, where xmllint writes the schema's
// part, so a value that copies a template's words cannot pass for the schema's.

/** The patterns and enumeration codes the XSDs define: the only quoted words a problem may repeat. */
interface Known { patterns: Set<string>; codes: Set<string> }

function knownValues(files: XMLFileInfo[]): Known {
  const known: Known = { patterns: new Set(), codes: new Set() };
  for (const file of files) {
    for (const m of String(file.contents).matchAll(/<xs:(pattern|enumeration) value="([^"]*)"/g)) {
      const value = (m[2] as string).replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
      (m[1] === "pattern" ? known.patterns : known.codes).add(value);
    }
  }
  return known;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/;
const NUMBER = /^-?\d{1,20}(\.\d{1,20})?$/;

/** `{namespace}Einddatum` or `jw307:Einddatum` → `Einddatum`; anything that is not an XML name → undefined. */
function localName(qualified: string): string | undefined {
  const local = qualified.slice(Math.max(qualified.lastIndexOf("}"), qualified.lastIndexOf(":")) + 1);
  return NAME.test(local) ? local : undefined;
}

/** What follows the last `phrase` in `text`, if the phrase is there. */
function after(text: string, phrase: string): string | undefined {
  const at = text.lastIndexOf(phrase);
  return at < 0 ? undefined : text.slice(at + phrase.length);
}

/** One line of xmllint's output after `file:line: `, as element and rule; undefined for a warning. */
function describe(text: string, known: Known): { element: string | undefined; message: string } | undefined {
  const kind = /^([A-Za-z/ ]{1,40}) (error|warning) : (.*)$/s.exec(text);
  if (kind?.[2] === "warning") return undefined;
  if (kind?.[1] !== "Schemas validity") return { element: undefined, message: `not well-formed XML: ${parserPhrase(kind?.[3] ?? "")}` };
  const detail = kind[3] as string;
  const at = /^Element '([^']*)'(, attribute '[^']*')?: (.*)$/s.exec(detail);
  if (!at) return { element: undefined, message: withoutValues(detail) };
  const rule = schemaRule(at[3] as string, known);
  return { element: localName(at[1] as string), message: at[2] ? `attribute: ${rule}` : rule };
}

const FIXED = [
  "No matching global declaration available for the validation root.",
  "Character content other than whitespace is not allowed because the content type is 'element-only'.",
  "Element content is not allowed, because the content type is a simple type.",
  "Element content is not allowed, because the type definition is simple.",
  "This element is not expected.",
];

function schemaRule(detail: string, known: Known): string {
  if (FIXED.includes(detail)) return detail.replace(/\.$/, "");
  const facet = /^\[facet '(\w{1,20})'\] /.exec(detail);
  if (facet) return `[facet '${facet[1]}'] ${facetRule(facet[1] as string, detail, known)}`;
  const type = after(detail, "' is not a valid value of the ");
  if (type !== undefined) {
    const m = /^(local )?(atomic|list|union) type(?: '([^']*)')?\.$/.exec(type);
    const name = m?.[3] === undefined ? undefined : localName(m[3]);
    return m ? `the value is not a valid value of the ${m[1] ?? ""}${m[2]} type${name ? ` '${name}'` : ""}` : "the value is not valid for its type";
  }
  if (detail.startsWith("This element is not expected.")) return `This element is not expected${expected(detail)}`;
  if (detail.startsWith("Missing child element(s).")) return `Missing child element(s)${expected(detail)}`;
  if (/^The attribute '[^']*' is not allowed\.$/.test(detail)) return "the attribute is not allowed";
  if (/^The attribute '[^']*' is required but missing\.$/.test(detail)) return "a required attribute is missing";
  if (detail.endsWith("does not match the fixed value constraint") || detail.includes("' does not match the fixed value constraint '")) return "the value is not the fixed value the XSD demands";
  return withoutValues(detail);
}

function facetRule(facet: string, detail: string, known: Known): string {
  const limit = (phrase: string, end: string): string | undefined => {
    const tail = after(detail, phrase);
    const value = tail?.endsWith(end) ? tail.slice(0, -end.length) : undefined;
    return value !== undefined && NUMBER.test(value) ? value : undefined;
  };
  switch (facet) {
    case "pattern": {
      const tail = after(detail, "is not accepted by the pattern '");
      const pattern = tail?.endsWith("'.") ? tail.slice(0, -2) : undefined;
      return `the value is not accepted by the pattern${pattern !== undefined && known.patterns.has(pattern) ? ` '${pattern}'` : ""}`;
    }
    case "enumeration": {
      const tail = after(detail, "is not an element of the set {");
      const codes = tail?.endsWith("}.") ? [...tail.slice(0, -2).matchAll(/'([^']*)'/g)].map((m) => m[1] as string) : [];
      const listed = codes.length > 0 && codes.length <= 30 && codes.every((c) => known.codes.has(c));
      return `the value is not one of the codes${listed ? ` {${codes.map((c) => `'${c}'`).join(", ")}}` : " the XSD allows"}`;
    }
    case "length":
      return `the value does not have the allowed length${show(limit("the allowed length of '", "'."))}`;
    case "minLength":
      return `the value is shorter than the minimum length${show(limit("the allowed minimum length of '", "'."))}`;
    case "maxLength":
      return `the value is longer than the maximum length${show(limit("the allowed maximum length of '", "'."))}`;
    case "minInclusive":
      return `the value is less than the minimum${show(limit("minimum value allowed ('", "')."))}`;
    case "maxInclusive":
      return `the value is greater than the maximum${show(limit("maximum value allowed ('", "')."))}`;
    case "minExclusive":
      return `the value is not greater than${show(limit("must be greater than '", "'.")) || " its lower limit"}`;
    case "maxExclusive":
      return `the value is not less than${show(limit("must be less than '", "'.")) || " its upper limit"}`;
    case "totalDigits":
      return `the value has more digits than allowed${show(limit("than are allowed ('", "')."))}`;
    case "fractionDigits":
      return `the value has more fractional digits than allowed${show(limit("than are allowed ('", "')."))}`;
    default:
      return "the value breaks this facet";
  }
}

const show = (limit: string | undefined): string => (limit === undefined ? "" : ` ${limit}`);

/** ` Expected is ( Bsn, Naam )` from the schema's list of expected elements, namespaces dropped. */
function expected(detail: string): string {
  const tail = after(detail, "Expected is ");
  const list = tail === undefined ? undefined : /^(one of )?\( (.*) \)\.$/.exec(tail);
  if (!list) return "";
  const names = (list[2] as string).split(", ").map((n) => localName(n));
  return names.every((n) => n !== undefined) ? `. Expected is ${list[1] ?? ""}( ${names.join(", ")} )` : "";
}

/** A rule whose template is not known: its words up to the first quote, digits removed. */
function withoutValues(detail: string): string {
  const words = detail.split("'")[0]?.replace(/[0-9]+/g, "").replace(/\s+/g, " ").trim() ?? "";
  return words.length > 2 ? words.replace(/[:,.]$/, "") : "does not validate against the XSD";
}

const PARSER: Array<[RegExp, string]> = [
  [/^Opening and ending tag mismatch/, "opening and ending tag mismatch"],
  [/^Premature end of data/, "the message ends inside an element"],
  [/^Extra content at the end of the document/, "extra content after the root element"],
  [/^Start tag expected/, "start tag expected, '<' not found"],
  [/^Document is empty/, "the message is empty"],
  [/^Entity '[^']*' not defined/, "undefined entity"],
  [/^(EntityRef: expecting ';'|xmlParseEntityRef: no name)/, "'&' that starts no entity (write &amp;)"],
  [/(CharRef|character reference)/, "invalid character reference"],
  [/^(Invalid bytes in character encoding|Input is not proper UTF-8|input conversion failed)/, "bytes that are not UTF-8"],
  [/^(PCDATA invalid Char value|Char 0x[0-9A-F]+ out of allowed range|invalid character in attribute value)/, "a character XML does not allow"],
  [/^Unescaped '<' not allowed in attributes values/, "unescaped '<' in an attribute value"],
  [/^(attributes construct error|Couldn't find end of Start Tag|StartTag: invalid element name|expected '>')/, "malformed start tag"],
  [/^(Specification mandates value for attribute|AttValue: )/, "attribute without a quoted value"],
  [/^Attribute \S+ redefined/, "the same attribute twice"],
  [/^Namespace prefix \S+ (on \S+ )?is not defined/, "undefined namespace prefix"],
  [/^(Comment not terminated|Comment must not contain|Double hyphen within comment)/, "malformed comment"],
  [/^XML declaration allowed only at the start of the document/, "XML declaration not at the start"],
  [/^(String not closed|String not started)/, "unclosed quote"],
  [/^(Blank needed here|parsing XML declaration|Unsupported version|Unsupported encoding|Document labelled UTF-16)/, "malformed XML declaration"],
];

/** A parser error as a fixed phrase: its own words name the message's tags and bytes. */
function parserPhrase(detail: string): string {
  return PARSER.find(([pattern]) => pattern.test(detail))?.[1] ?? "the XML cannot be read";
}
