/**
 * `npm start`'s development tokens reach a person at this machine, never a log file or the network
 * (issue 7, leak 3): the built server, started as `npm start` starts it, on the run's Neo4j.
 */
import { startMain } from "./support/start-main";

const { start } = startMain();

const page = (port: number) => fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: "text/html" } }).then((r) => r.text());

describe("npm start's development tokens", () => {
  it("are not printed when stdout is not a terminal, yet the playground opens with one for this machine's browser", async () => {
    const server = await start({});
    expect(server.output()).toContain("behangrol is ready");
    expect(server.output()).not.toMatch(/Bearer ey/);
    expect(server.output()).toContain("npm run --silent token");
    expect(await page(server.port)).toMatch(/Bearer ey/);
  });

  it("are not in the playground at all when HOST is not a loopback address", async () => {
    const server = await start({ HOST: "0.0.0.0" });
    expect(await page(server.port)).not.toMatch(/Bearer ey/);
  });
});
