import { DatabaseConflictError } from "../errors";
import { logger } from "../logger";

/** How often a write is tried in all, and the first wait: then 0.25, 0.5, 1, 2, 4 s (each with up to half again at random). */
const ATTEMPTS = 6;
const FIRST_WAIT_MS = 250;

/**
 * A write the database refused for now (a deadlock with another writer, such as a second import
 * or a detection run, which the driver's own retries did not outlast), tried again after a growing
 * wait. A refused transaction wrote nothing, and every write of the import is idempotent.
 */
export async function retryConflicts<T>(name: string, write: () => Promise<T>, attempts = ATTEMPTS, firstWaitMs = FIRST_WAIT_MS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof DatabaseConflictError) || attempt >= attempts) throw error;
      const wait = firstWaitMs * 2 ** (attempt - 1) * (1 + Math.random() / 2);
      logger.info({ write: name, code: error.databaseCode, attempt, waitMs: Math.round(wait) }, "write refused for now: trying again");
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
