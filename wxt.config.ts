import { defineConfig } from "wxt";

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
    browser_specific_settings: { gecko: { id: "vanta@vanta.dev", strict_min_version: "115.0" } },
  }),
});
