import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { loadConfig, projectRoot } from "../../src/config";
import type { Graph } from "../../src/graph/gateway";
import { composeMessage } from "../../src/messages/compose";
import type { At, Message, Standard } from "../../src/messages/facts";
import { importMessages, type MessagesOutcome } from "../../src/messages/import-messages";
import { syntheticBsn } from "../../src/messages/synthetic";
import { TODAY } from "./graph";

const at = (value: string): At => ({ value, path: "" });

/** An example message of the standard, as kept in tests/fixtures/messages (ijw/JW301.xml, iwmo/WMO319.xml, ...). */
export function example(file: string): { name: string; text: string } {
  return { name: path.basename(file), text: fs.readFileSync(path.join(projectRoot, "tests", "fixtures", "messages", file), "utf8") };
}

/** Where the CBS codes given out in this run are reserved (global-setup empties it). */
export const RESERVED_CODES = path.join(loadConfig().dataDir, "test-cbs-codes");

/**
 * A CBS code (4 digits) and AGB codes (8 digits, starting with it) no other test of this run uses:
 * each code is reserved by making a folder of its name (atomic, across the run's worker processes).
 */
export function parties(): { cbs: string; agb: (n: number) => string } {
  fs.mkdirSync(RESERVED_CODES, { recursive: true });
  for (;;) {
    const cbs = String(crypto.randomInt(1000, 10_000));
    try {
      fs.mkdirSync(path.join(RESERVED_CODES, cbs));
    } catch {
      continue; // taken: another
    }
    return { cbs, agb: (n: number) => `${cbs}${String(n).padStart(4, "0")}` };
  }
}
export const bsnFor = (seed: string): string => syntheticBsn(`${seed}-${process.pid}`);

interface Common { standard?: Standard; cbs: string; agb: string; bsn: string; dated: string; id?: string; birthDate?: string }
/** Message identifications of this file: unique in the run, as TR056 asks of a sender. */
const run = crypto.randomBytes(3).toString("hex");
let ids = 0;
const header = (o: Common, type: Message["type"]) => {
  const fromMunicipality = type === "301" || type === "319";
  return {
    standard: o.standard ?? "iJw", type, code: at(""),
    sender: at(fromMunicipality ? o.cbs : o.agb), receiver: at(fromMunicipality ? o.agb : o.cbs),
    id: at(o.id ?? `${run}${++ids}`), dated: at(o.dated),
  };
};
const client = (o: Common) => ({ bsn: at(o.bsn), birthDate: at(o.birthDate ?? "2012-03-04") });
const product = (o: Common) => ({ category: at((o.standard ?? "iJw") === "iJw" ? "45" : "02") });

export const allocation = (o: Common & { number: string; from: string; to?: string }): Message => ({
  type: "301", header: header(o, "301"), client: client(o),
  allocated: [{ number: at(o.number), product: product(o), allocatedOn: at(o.dated), from: at(o.from), ...(o.to ? { to: at(o.to) } : {}) }],
});
export const started = (o: Common & { number: string; start: string; from?: string }): Message => ({
  type: "305", header: header(o, "305"), client: client(o),
  started: [{ number: at(o.number), product: product(o), allocationFrom: at(o.from ?? o.start), start: at(o.start) }],
});
export const stopped = (o: Common & { number: string; start: string; end: string; reason: string; from?: string }): Message => ({
  type: "307", header: header(o, "307"), client: client(o),
  stopped: [{ number: at(o.number), product: product(o), allocationFrom: at(o.from ?? o.start), start: at(o.start), end: at(o.end), reason: at(o.reason) }],
});
export const request = (o: Common & { reference: string; from: string; referrer?: string }): Message => ({
  type: "315", header: header(o, "315"), client: client(o),
  requested: [{ reference: at(o.reference), product: product(o), from: at(o.from), referrerType: at(o.referrer ?? "02") }],
});
export const answer = (o: Common & { reference: string; answer: string; rejection?: string }): Message => ({
  type: "319", header: header(o, "319"),
  answer: { reference: at(o.reference), answer: at(o.answer), ...(o.rejection ? { rejection: at(o.rejection) } : {}) },
});

/** A message as its XML text. */
export const xml = (m: Message, name?: string): string => composeMessage(m, name ? { name: { surname: name } } : {});

/** Imports message texts as `npm run import` would a folder of them (named m0.xml, m1.xml, ...). */
export function importTexts(graph: Graph, texts: Array<string | { name: string; text: string }>, today = TODAY): Promise<MessagesOutcome> {
  return importMessages(graph, texts.map((t, i) => (typeof t === "string" ? { name: `m${i}.xml`, text: t } : t)), today, "test");
}
