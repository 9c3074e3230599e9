import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Firefox ESR driven over WebDriver BiDi (a raw WebSocket; Playwright's Firefox does not work with
// Debian's build, STACK.md): start headless with a fresh profile, install the built add-on from its
// folder as a temporary extension, open tabs, evaluate script in them.

export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
export const firefoxAvailable = () => existsSync(FIREFOX);

type Json = Record<string, unknown>;

export interface Firefox {
  /** the moz-extension:// origin of the installed add-on (its UUID is fixed through the profile) */
  extensionOrigin: string;
  /** opens a new tab at `url` and returns its browsing context id */
  open(url: string): Promise<string>;
  /** the open tabs (top-level browsing contexts) and their URLs */
  tabs(): Promise<{ context: string; url: string }[]>;
  /** waits for a tab whose URL starts with `prefix` (e.g. one the extension opened) */
  waitForTab(prefix: string, timeoutMs?: number): Promise<string>;
  /** a real (trusted) mouse click at viewport coordinates */
  click(context: string, x: number, y: number): Promise<void>;
  /** evaluates an expression (awaiting promises) in a tab, returning its JSON-serializable value */
  evaluate<T = unknown>(context: string, expression: string): Promise<T>;
  /** polls `expression` in a tab until it is truthy, then returns it */
  waitFor<T = unknown>(context: string, expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(opts: { extensionDir: string; geckoId: string }): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), "vanta-firefox-"));
  const uuid = "6f1c6d1e-3b0a-4a8e-9a53-0d7c2b9f4e11";
  // Fixed internal UUID for the add-on (its pages live at moz-extension://<uuid>/); no network chatter.
  const prefs: Record<string, unknown> = {
    "extensions.webextensions.uuids": JSON.stringify({ [opts.geckoId]: uuid }),
    "xpinstall.signatures.required": false,
    "extensions.autoDisableScopes": 0,
    "browser.shell.checkDefaultBrowser": false,
    "datareporting.policy.dataSubmissionEnabled": false,
    "toolkit.telemetry.reportingpolicy.firstRun": false,
    "app.update.enabled": false,
    "browser.startup.homepage_override.mstone": "ignore",
    "network.captive-portal-service.enabled": false,
    "extensions.getAddons.cache.enabled": false,
    "browser.safebrowsing.provider.mozilla.updateURL": "",
    "remote.prefs.recommended": true,
  };
  writeFileSync(
    join(profile, "user.js"),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join("\n"),
  );
  const child: ChildProcess = spawn(
    FIREFOX,
    ["--headless", "--remote-debugging-port=0", "--profile", profile, "--no-remote"],
    {
      env: { ...process.env, MOZ_HEADLESS: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  const wsUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi in time:\n${log}`)), 60_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stderr?.on("data", onData);
    child.stdout?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited ${code}:\n${log}`));
    });
  });

  const ws = new WebSocket(`${wsUrl.replace(/\/$/, "")}/session`);
  await new Promise<void>((resolve, reject) => {
    ws.addEventListener("open", () => resolve(), { once: true });
    ws.addEventListener("error", () => reject(new Error("BiDi WebSocket failed")), { once: true });
  });
  let nextId = 1;
  const waiting = new Map<number, { resolve(v: Json): void; reject(e: Error): void }>();
  ws.addEventListener("message", (ev) => {
    const msg = JSON.parse(String(ev.data)) as {
      id?: number;
      type: string;
      result?: Json;
      error?: string;
      message?: string;
    };
    if (msg.id === undefined) return;
    const w = waiting.get(msg.id);
    if (!w) return;
    waiting.delete(msg.id);
    if (msg.type === "error") w.reject(new Error(`${msg.error}: ${msg.message}`));
    else w.resolve(msg.result ?? {});
  });
  const send = (method: string, params: Json = {}): Promise<Json> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });

  await send("session.new", { capabilities: {} });
  await send("webExtension.install", { extensionData: { type: "path", path: opts.extensionDir } });

  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const r = (await send("script.evaluate", {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: "none",
    })) as { type: string; result?: { type: string; value?: string }; exceptionDetails?: { text: string } };
    if (r.type === "exception") throw new Error(`script threw: ${r.exceptionDetails?.text}`);
    const value = r.result?.value;
    return (value === undefined ? undefined : JSON.parse(value)) as T;
  };

  return {
    extensionOrigin: `moz-extension://${uuid}`,
    async open(url) {
      const { context } = (await send("browsingContext.create", { type: "tab" })) as { context: string };
      await send("browsingContext.navigate", { context, url, wait: "complete" });
      return context;
    },
    evaluate,
    async tabs() {
      const { contexts } = (await send("browsingContext.getTree", { maxDepth: 0 })) as {
        contexts: { context: string; url: string }[];
      };
      return contexts.map((c) => ({ context: c.context, url: c.url }));
    },
    async waitForTab(prefix, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const { contexts } = (await send("browsingContext.getTree", { maxDepth: 0 })) as {
          contexts: { context: string; url: string }[];
        };
        const hit = contexts.find((c) => c.url.startsWith(prefix));
        if (hit) return hit.context;
        if (Date.now() > until)
          throw new Error(`no tab at ${prefix}* (tabs: ${contexts.map((c) => c.url).join(", ")})`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async click(context, x, y) {
      await send("input.performActions", {
        context,
        actions: [
          {
            type: "pointer",
            id: "mouse",
            parameters: { pointerType: "mouse" },
            actions: [
              { type: "pointerMove", x: Math.round(x), y: Math.round(y) },
              { type: "pointerDown", button: 0 },
              { type: "pointerUp", button: 0 },
            ],
          },
        ],
      });
    },
    async waitFor<T>(context: string, expression: string, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      let last: unknown;
      for (;;) {
        try {
          last = await evaluate<T>(context, expression);
          if (last) return last as T;
        } catch (err) {
          last = err;
        }
        if (Date.now() > until) throw new Error(`timed out waiting for ${expression} (last: ${String(last)})`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async close() {
      try {
        await send("session.end").catch(() => {});
        ws.close();
      } finally {
        if (child.exitCode === null) {
          child.kill("SIGTERM");
          await new Promise((r) => {
            const t = setTimeout(() => {
              child.kill("SIGKILL");
              r(null);
            }, 5_000);
            child.once("exit", () => {
              clearTimeout(t);
              r(null);
            });
          });
        }
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
