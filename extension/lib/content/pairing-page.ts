import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { createShadowRootUi } from "wxt/utils/content-script-ui/shadow-root";
import type { Message } from "../messages.ts";
import { send } from "../send.ts";

// The server's /pair page (pairing link printed by `npm start`) and its sign-in page mark the code
// or token with data attributes; offer a one-click "Connect this browser" next to them.
const SELECTORS = ["#vanta-pairing[data-code][data-server]", "#vanta-token[data-server]"];

export async function offerPairing(ctx: ContentScriptContext): Promise<boolean> {
  const el = document.querySelector<HTMLElement>(SELECTORS.join(","));
  if (!el) return false;
  const message: Message =
    el.id === "vanta-pairing"
      ? { type: "pair", serverUrl: el.dataset.server!, code: el.dataset.code! }
      : { type: "signInToken", serverUrl: el.dataset.server!, token: el.textContent ?? "" };
  const ui = await createShadowRootUi(ctx, {
    name: "vanta-pair",
    position: "inline",
    anchor: el,
    append: "after",
    onMount(container) {
      const wrap = document.createElement("div");
      wrap.className = "vanta";
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = "Connect this browser to Vanta";
      button.setAttribute("data-testid", "vanta-connect");
      button.addEventListener("click", async () => {
        button.setAttribute("data-state", "busy");
        button.textContent = "Connecting…";
        const reply = await send(message);
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
