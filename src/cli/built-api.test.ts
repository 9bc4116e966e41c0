import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config";
import { API_NODE_FLAGS } from "./built-api";

describe("the API's Node flags", () => {
  it("are the same for npm start as for the load test and the benchmarks that measure it", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.start).toContain(`node ${API_NODE_FLAGS.join(" ")} dist/src/main.js`);
  });
});
