import { logger } from "../../src/logger";

// Tests assert on behaviour, not on log lines; warnings and errors still show.
logger.level = "warn";
