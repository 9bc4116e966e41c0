import { logger } from "../../src/logger";

/** Everything the logger writes (at info and above) while `act` runs, as text. */
export async function logged(act: () => Promise<unknown>): Promise<string> {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
  const level = logger.level;
  logger.level = "info";
  try {
    await act();
  } finally {
    logger.level = level;
    spy.mockRestore();
  }
  return lines.join("");
}
