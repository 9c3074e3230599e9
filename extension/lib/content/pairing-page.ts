import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi } from "wxt/utils/content-script-ui/shadow-root";
import type { Message } from "../messages.ts";
import { send } from "../send.ts";
import { serverUrlItem } from "../settings.ts";

// The server's /pair page (pairing link printed by `npm start`) and its sign-in page mark the code
// or token with data attributes; offer a one-click "Connect this browser" next to them. Any page
// can write those attributes, so the offer is made only on a page that names itself as the server,
// on loopback or on the configured server; the button lives in a closed shadow root and answers
// trusted clicks only; the background still asks the user to confirm a server it does not know.
const SELECTORS = ["#vanta-pairing[data-code][data-server]", "#vanta-token[data-server]"];
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** True when this page may offer pairing with `serverUrl` (pure, for tests). */
export function mayOfferPairing(pageUrl: string, serverUrl: string, configuredServerUrl: string): boolean {
  try {
    const page = new URL(pageUrl);
    const named = new URL(serverUrl);
    if (named.origin !== page.origin) return false;
    return LOOPBACK.has(page.hostname) || page.origin === new URL(configuredServerUrl).origin;
  } catch {
    return false;
  }
}

export async function offerPairing(ctx: ContentScriptContext): Promise<boolean> {
  const el = document.querySelector<HTMLElement>(SELECTORS.join(","));
  if (!el?.dataset.server) return false;
  if (!mayOfferPairing(location.href, el.dataset.server, await serverUrlItem.getValue())) return false;
  const message: Message =
    el.id === "vanta-pairing"
      ? { type: "pair", serverUrl: el.dataset.server, code: el.dataset.code ?? "" }
      : { type: "signInToken", serverUrl: el.dataset.server, token: el.textContent ?? "" };
  const ui = await createShadowRootUi(ctx, {
    name: "vanta-pair",
    position: "inline",
    anchor: el,
    append: "after",
    mode: "closed",
    onMount(container) {
      const wrap = document.createElement("div");
      wrap.className = "vanta";
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = "Connect this browser to Vanta";
      button.setAttribute("data-testid", "vanta-connect");
      button.addEventListener("click", async (event) => {
        // Page script can dispatch clicks; only the user's own click counts.
        if (!event.isTrusted) return;
        button.setAttribute("data-state", "busy");
        button.textContent = "Connecting…";
        const reply = await send(message);
        // Unless this page is the configured server, the background holds the request for confirmation.
        if (reply.ok && "confirm" in (reply.data as object)) {
          button.setAttribute("data-state", "confirm");
          button.textContent = "Confirm the server in the Vanta tab that just opened";
          return;
        }
        button.setAttribute("data-state", reply.ok ? "tracked" : "error");
        button.textContent = reply.ok
          ? `Connected as ${reply.data.user?.email ?? "you"}`
          : `Could not connect: ${reply.error.message}`;
      });
      wrap.append(button);
      container.append(wrap);
    },
  });
  ui.mount();
  return true;
}
