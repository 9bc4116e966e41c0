import fs from "node:fs";
import path from "node:path";
import type { Dataset } from "../import/dataset";
import { composeMessage } from "../messages/compose";
import { asMessages, Numbering } from "../messages/from-dataset";

/**
 * A generated municipality split as `npm run seed -- --messages DIR` writes it: each delivery's
 * youth and Wmo help as iJw/iWmo message files in DIR (a subfolder per delivery), the rest handed
 * on as JSON deliveries, and the outcomes of that help kept for after the messages are in.
 */
export class MessageFolder {
  written = 0;
  private readonly numbering = new Numbering();
  private readonly later: Dataset[] = [];
  private deliveries = 0;

  constructor(readonly dir: string, private readonly cbsCode: string, private readonly today: string) {
    fs.mkdirSync(dir, { recursive: true });
    if (fs.readdirSync(dir).length) throw new Error(`${dir} is not empty: give a new folder for the messages`);
  }

  *split(deliveries: Iterable<Dataset>): Generator<Dataset> {
    for (const delivery of deliveries) {
      const { before, messages, after } = asMessages(delivery, { cbsCode: this.cbsCode, today: this.today, numbering: this.numbering });
      const folder = path.join(this.dir, String(++this.deliveries).padStart(5, "0"));
      if (messages.length) fs.mkdirSync(folder);
      for (const m of messages) {
        const h = m.message.header;
        const name = `${h.standard === "iJw" ? "JW" : "WMO"}${m.message.type}-${h.sender.value}-${h.id.value.padStart(8, "0")}.xml`;
        fs.writeFileSync(path.join(folder, name), composeMessage(m.message, m.birthDate ? { birthDate: m.birthDate } : {}));
        this.written++;
      }
      if (after.outcomes?.length) this.later.push(after);
      yield before;
    }
  }

  /** The outcomes of the help the messages carry: to import once the messages are. */
  *outcomes(): Generator<Dataset> {
    yield* this.later;
  }

  /**
   * The same outcomes as one JSON delivery beside the folder (`DIR.outcomes.json`), for when the
   * messages are imported later by hand; its path, or undefined when there are none.
   */
  writeOutcomes(): string | undefined {
    const outcomes = this.later.flatMap((d) => d.outcomes ?? []);
    if (!outcomes.length) return undefined;
    const file = `${this.dir.replace(/[\\/]+$/, "")}.outcomes.json`;
    fs.writeFileSync(file, JSON.stringify({ source: `${path.basename(this.dir)}-outcomes`, outcomes }));
    return file;
  }
}
