import path from "node:path";
import { loadConfig } from "../../src/config";

export const TEST_SERVER_NAME = "neo4j-test";
export const CONNECTION_FILE = path.join(loadConfig().dataDir, `${TEST_SERVER_NAME}.connection.json`);
