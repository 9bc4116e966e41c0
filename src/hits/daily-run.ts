import { todayIn } from "../dates";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import { logger } from "../logger";
import { DETECTION_TRIGGERS, type DetectionRunRecord } from "./records";
import { runDetection, withDetectionLock } from "./run.service";

const DONE = cypher("hits/queries/daily-run-done.cypher");
const MARK = cypher("hits/queries/daily-run-mark.cypher");
/** A daily run that failed (the lock held too long, the database away) is tried again after this long, the same day. */
export const RETRY_MS = 15 * 60_000;

/**
 * The day's full detection, once per database however many instances ask: under the detection lock
 * it looks for the day's marker, runs only without one, and writes the marker after the run. An
 * instance that dies mid-run leaves no marker, so the next that asks runs it. Null: already run.
 */
export async function runDailyOnce(graph: Graph, today: string): Promise<DetectionRunRecord | null> {
  return withDetectionLock(graph, undefined, async (lock) => {
    const [row] = await graph.read(DONE, { date: today });
    if (row?.done === true) return null;
    const run = await runDetection(graph, { today, trigger: DETECTION_TRIGGERS.DAILY, householdIds: null }, lock);
    await graph.write(MARK, { date: today, runId: run.id, seq: run.seq });
    return run;
  });
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date and time a moment has in a time zone, as UTC milliseconds of the same digits. */
function wallClock(moment: number, timeZone: string): number {
  let format = clocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    clocks.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(new Date(moment)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(part.year as number, (part.month as number) - 1, part.day, part.hour, part.minute, part.second);
}

/**
 * The first moment after `now` at which the clock in `timeZone` shows `hhmm`. On the night the
 * clock skips that time (spring forward) it is the moment an hour later; on the night it shows it
 * twice, the first.
 */
export function nextDailyAt(now: Date, hhmm: string, timeZone: string): Date {
  const [hour, minute] = hhmm.split(":").map(Number) as [number, number];
  const today = todayIn(timeZone, now);
  for (let day = 0; day < 3; day++) {
    const [y, m, d] = today.split("-").map(Number) as [number, number, number];
    const wanted = Date.UTC(y, m - 1, d + day, hour, minute); // the digits on the clock, as if UTC
    // the zone's offsets half a day before and after: a change of offset that night lies between them
    const offsets = [wanted - 43_200_000, wanted + 43_200_000].map((t) => wallClock(t, timeZone) - t);
    const candidates = offsets.map((offset) => wanted - offset).sort((a, b) => a - b);
    // the first moment the clock shows the time; none on a night that skips it: the earlier offset's, an hour on
    const moment = candidates.find((t) => wallClock(t, timeZone) === wanted) ?? wanted - (offsets[0] as number);
    if (moment > now.getTime()) return new Date(moment);
  }
  throw new Error(`no ${hhmm} in ${timeZone} within three days`); // cannot happen: every day has the time or the hour after it
}

/**
 * The API's daily full detection: time passing changes hits (a signal becomes overdue, an
 * assignment ends) while only deliveries start runs. Each instance keeps a timer; runDailyOnce
 * makes one of them run it. A server started after the day's time runs it at once if nobody has.
 */
export class DailyDetection {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly graph: Graph, private readonly at: string, private readonly timeZone: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(): void {
    const now = this.now();
    const next = nextDailyAt(now, this.at, this.timeZone);
    // the next time is tomorrow: today's has passed, and the day's run is done unless fire() finds otherwise
    this.after(todayIn(this.timeZone, next) === todayIn(this.timeZone, now) ? next.getTime() - now.getTime() : 0);
  }

  /** Runs the day's detection unless it ran, then waits for the next day's time (or retries later after a failure). */
  async fire(): Promise<DetectionRunRecord | null> {
    const today = todayIn(this.timeZone, this.now());
    try {
      const run = await runDailyOnce(this.graph, today);
      logger.info({ day: today, run: run?.seq ?? null }, run ? "daily detection run finished" : "daily detection already run");
      this.after(nextDailyAt(this.now(), this.at, this.timeZone).getTime() - this.now().getTime());
      return run;
    } catch (error) {
      logger.error({ day: today, err: error instanceof Error ? error.name : "unknown" }, "daily detection failed; trying again later");
      this.after(RETRY_MS);
      return null;
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private after(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fire(), Math.max(0, ms));
    this.timer.unref();
  }
}
