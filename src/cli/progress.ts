import { Format, Presets, SingleBar } from "cli-progress";

/**
 * One progress bar on stderr through a command's phases (checking, importing, detecting): each
 * phase starts it anew with its own total and unit. Nothing is drawn where stderr is no terminal.
 */
export class PhasedProgress {
  private readonly bar: SingleBar | undefined;
  private phase: string | undefined;

  constructor(enabled = true) {
    this.bar = enabled && process.stderr.isTTY
      ? new SingleBar({
        format: "{phase} [{bar}] {value}/{total} {unit}  {eta_formatted} left", stream: process.stderr,
        // before the first step is done there is no estimate: "?" (cli-progress would show "NF" or "NULL")
        formatTime: (seconds, options, roundTo) => (typeof seconds === "number" && Number.isFinite(seconds) ? Format.TimeFormat(seconds, options, roundTo) : "?"),
      }, Presets.shades_classic)
      : undefined;
  }

  show(phase: string, done: number, total: number, unit: string): void {
    if (!this.bar) return;
    if (this.phase !== phase) {
      if (this.phase) this.bar.stop();
      this.bar.start(total, 0, { phase, unit });
      this.phase = phase;
    }
    this.bar.update(done);
  }

  /** A callback for one phase: `(done, total)` as the import and the detection runs report them. */
  of(phase: string, unit: string): (done: number, total: number) => void {
    return (done, total) => this.show(phase, done, total, unit);
  }

  stop(): void {
    this.bar?.stop();
    this.phase = undefined;
  }
}
