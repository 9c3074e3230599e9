import { startAutofill } from "@/lib/content/autofill/controller.ts";

export default defineContentScript({
  // Application forms live on ATS hosts, company career sites (any https page) and local test pages; on a
  // page without an application form the script reads the DOM and shows nothing.
  matches: ["http://127.0.0.1/*", "http://localhost/*", "https://*/*"],
  runAt: "document_idle",
  allFrames: true,
  main(ctx) {
    startAutofill(ctx);
  },
});
