import { boardMatchPatterns, extractPosting } from "@vanta/shared/capture/index";
import "@/lib/content/track-button.css";
import { startCapture } from "@/lib/content/capture-page.ts";
import { offerPairing } from "@/lib/content/pairing-page.ts";

export default defineContentScript({
  // Board pages, local pages (tests, `npm start` demos), and every https page for the generic
  // JSON-LD fallback; on a page without a posting the script only reads the DOM once and stops.
  matches: [...boardMatchPatterns, "http://127.0.0.1/*", "http://localhost/*", "https://*/*"],
  runAt: "document_idle",
  cssInjectionMode: "ui",
  async main(ctx) {
    if (await offerPairing(ctx)) return;
    startCapture(ctx, extractPosting);
  },
});
