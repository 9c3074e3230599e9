import { createRoot } from "react-dom/client";
import "@/components/theme.css";
import "@/components/options/options.css";
import { OptionsApp } from "@/components/options/OptionsApp.tsx";

createRoot(document.getElementById("root")!).render(<OptionsApp />);
