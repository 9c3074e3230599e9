import { type AddressInfo, createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type NeonProxy, startNeonProxy } from "../../support/neon-proxy.ts";

// The proxy on its own, against a loopback TCP echo server.
let proxy: NeonProxy;
let tcp: Server;
let tcpPort: number;

beforeAll(async () => {
  tcp = createServer((socket) => {
    socket.on("data", (chunk) => socket.write(Buffer.concat([Buffer.from("echo:"), chunk])));
  });
  await new Promise<void>((resolve) => tcp.listen(0, "127.0.0.1", resolve));
  tcpPort = (tcp.address() as AddressInfo).port;
  proxy = await startNeonProxy();
});
afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => tcp.close(resolve));
});

function open(path: string): WebSocket {
  return new WebSocket(`ws://${proxy.host}${path}`);
}

describe("neon WebSocket→TCP proxy", () => {
  it("relays bytes both ways in order, including messages sent the instant the socket opens", async () => {
    const ws = open(`/v2?address=127.0.0.1:${tcpPort}`);
    const received: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      ws.on("open", () => {
        ws.send(Buffer.from("one,"));
        ws.send(Buffer.from("two"));
      });
      ws.on("message", (data) => {
        received.push(data as Buffer);
        if (Buffer.concat(received).toString().includes("two")) resolve();
      });
      ws.on("error", reject);
    });
    expect(Buffer.concat(received).toString()).toMatch(/^echo:one,(echo:)?two$/);
    expect(proxy.openConnections()).toBe(1);
    ws.close();
    await expect.poll(() => proxy.openConnections()).toBe(0);
  });

  it("closes with 1008 for a request outside /v2?address=<loopback>:<port>", async () => {
    const ws = open("/v2?address=example.com:5432");
    const code = await new Promise<number>((resolve) => ws.on("close", (c) => resolve(c)));
    expect(code).toBe(1008);
    expect(proxy.openConnections()).toBe(0);
  });

  it("closes the WebSocket when the TCP target refuses the connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const ws = open(`/v2?address=127.0.0.1:${deadPort}`);
    const code = await new Promise<number>((resolve) => ws.on("close", (c) => resolve(c)));
    expect(code).toBe(1011);
    await expect.poll(() => proxy.openConnections()).toBe(0);
  });
});
