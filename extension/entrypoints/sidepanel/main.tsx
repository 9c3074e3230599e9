import { createRoot } from "react-dom/client";
import "@/components/theme.css";
import "@/components/sidepanel/sidepanel.css";
import { SidePanelApp } from "@/components/sidepanel/SidePanelApp.tsx";

createRoot(document.getElementById("root")!).render(<SidePanelApp />);
