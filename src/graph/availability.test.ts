import { Availability } from "./availability";

const never = () => new Promise<never>(() => undefined);

describe("knowing whether the database answers", () => {
  it("ends work under way the moment the database is marked down, and refuses new work at once", async () => {
    const a = new Availability(async () => false, 60_000);
    const running = a.guard(never(), () => new Error("away"));
    a.markDown("test");
    await expect(running).rejects.toThrow("away");
    await expect(a.guard(Promise.resolve(1), () => new Error("still away"))).rejects.toThrow("still away");
    a.stop();
  });

  it("keeps nothing of work that has finished (a query's result must not outlive it)", async () => {
    const a = new Availability(async () => true);
    for (let n = 0; n < 1000; n++) await a.guard(Promise.resolve({ rows: new Array(100).fill(n) }), () => new Error("away"));
    await expect(a.guard(Promise.reject(new Error("query failed")), () => new Error("away"))).rejects.toThrow("query failed");
    expect((a as unknown as { listeners: Set<unknown> }).listeners.size).toBe(0);
  });

  it("probes until the database answers again, then says so", async () => {
    let answers = false;
    const a = new Availability(async () => answers, 20);
    const changes: boolean[] = [];
    a.onChange((up) => changes.push(up));
    a.markDown("test");
    await new Promise((r) => setTimeout(r, 60));
    expect(a.isUp).toBe(false);
    answers = true;
    await new Promise((r) => setTimeout(r, 80));
    expect(a.isUp).toBe(true);
    expect(changes).toEqual([false, true]);
    a.stop();
  });
});
