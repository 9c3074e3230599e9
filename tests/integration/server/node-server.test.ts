import { startNodeServer } from "@vanta/server/node";
import { describe, expect, it } from "vitest";

/** A promise plus the function that settles it, so the test waits on events instead of sleeping. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire: () => void = () => {};
  const promise = new Promise<void>((r) => {
    fire = r;
  });
  return { promise, fire };
}

describe("startNodeServer close()", () => {
  it("stops accepting but lets an in-flight request finish", async () => {
    const gate = signal();
    const entered = signal();
    const server = await startNodeServer(
      async (req) => {
        if (new URL(req.url).pathname === "/slow") {
          entered.fire();
          await gate.promise;
        }
        return new Response("done");
      },
      { port: 0, host: "127.0.0.1" },
    );
    const inFlight = fetch(`${server.url}/slow`).then((r) => r.text());
    // Close only once the request is inside the handler (a fixed sleep could close first on a loaded CI).
    await entered.promise;
    let closed = false;
    const closing = server.close(30_000).then(() => {
      closed = true;
    });
    // New connections are refused while the in-flight one is still held at the gate.
    await expect(fetch(`${server.url}/fast`)).rejects.toThrow();
    expect(closed).toBe(false);
    gate.fire();
    expect(await inFlight).toBe("done");
    await closing;
    expect(closed).toBe(true);
  });

  it("drops what is left after the grace period", async () => {
    const entered = signal();
    const server = await startNodeServer(
      () => {
        entered.fire();
        return new Promise<Response>(() => {});
      },
      { port: 0, host: "127.0.0.1" },
    );
    const hanging = fetch(`${server.url}/`).catch((err: unknown) => err);
    await entered.promise;
    const started = Date.now();
    await server.close(200);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await hanging).toBeInstanceOf(Error);
  });
});
