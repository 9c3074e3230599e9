import { defineConfig } from "wxt";
import { VANTA_EXTENSION_PUBLIC_KEY } from "./shared/src/extension-id.ts";

// Sources live in extension/ (STYLE.md: entrypoints named by type).
export default defineConfig({
  srcDir: "extension",
  modules: ["@wxt-dev/module-react"],
  manifest: ({ browser }) => ({
    name: "Vanta",
    description: "Capture job postings, see your honest fit score, track applications.",
    permissions: [
      "storage",
      "contextMenus",
      "activeTab",
      "tabs",
      "alarms",
      ...(browser === "firefox" ? [] : ["sidePanel"]),
    ],
    host_permissions: ["http://127.0.0.1/*", "http://localhost/*", "https://*/*"],
    // Pins the Chrome extension id, so the server can allow exactly this origin (EXTENSION_ORIGINS).
    ...(browser === "firefox" ? {} : { key: VANTA_EXTENSION_PUBLIC_KEY }),
    // A keyboard command is one of the user gestures allowed to open the panel (the action click
    // opens the Kanban popup). Firefox has a built-in command for its sidebar.
    commands:
      browser === "firefox"
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: "Alt+Shift+V" },
              description: "Open the Vanta sidebar",
            },
          }
        : {
            "open-side-panel": { suggested_key: { default: "Alt+Shift+V" }, description: "Open the Vanta side panel" },
          },
    ...(browser === "firefox"
      ? { browser_specific_settings: { gecko: { id: "vanta@vanta.dev", strict_min_version: "115.0" } } }
      : {}),
  }),
});
