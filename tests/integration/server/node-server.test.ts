import { startNodeServer } from "@vanta/server/node";
import { describe, expect, it } from "vitest";

describe("startNodeServer close()", () => {
  it("stops accepting but lets an in-flight request finish", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const server = await startNodeServer(
      async (req) => {
        if (new URL(req.url).pathname === "/slow") await gate;
        return new Response("done");
      },
      { port: 0, host: "127.0.0.1" },
    );
    const inFlight = fetch(`${server.url}/slow`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 100)); // the request is now inside the handler
    let closed = false;
    const closing = server.close(5000).then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    await expect(fetch(`${server.url}/fast`)).rejects.toThrow();
    release();
    expect(await inFlight).toBe("done");
    await closing;
    expect(closed).toBe(true);
  });

  it("drops what is left after the grace period", async () => {
    const server = await startNodeServer(() => new Promise<Response>(() => {}), { port: 0, host: "127.0.0.1" });
    const hanging = fetch(`${server.url}/`).catch((err: unknown) => err);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await server.close(200);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await hanging).toBeInstanceOf(Error);
  });
});
