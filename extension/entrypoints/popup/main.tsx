import { createRoot } from "react-dom/client";
import "@/components/theme.css";
import "@/components/popup/popup.css";
import { PopupApp } from "@/components/popup/PopupApp.tsx";

createRoot(document.getElementById("root")!).render(<PopupApp />);
