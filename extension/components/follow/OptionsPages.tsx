import type { ProfileView } from "@vanta/shared/api/profile";
import { useEffect, useState } from "react";
import { browser } from "wxt/browser";
import { ProfilePage } from "@/components/options/ProfilePage.tsx";
import { AnalyticsPage } from "./AnalyticsPage.tsx";
import { TaskInbox } from "./TaskInbox.tsx";
import "./follow.css";

const PAGES = { profile: "Profile", tasks: "Tasks", analytics: "Analytics" } as const;
type PageKey = keyof typeof PAGES;

const fromHash = (): PageKey => {
  const h = location.hash.replace(/^#/, "");
  return h in PAGES ? (h as PageKey) : "profile";
};

/** The options page after onboarding: Profile, Tasks and Analytics, one per URL hash (#tasks, #analytics). */
export function OptionsPages({ profile, onSaved }: { profile: ProfileView; onSaved(p: ProfileView): void }) {
  const [page, setPage] = useState<PageKey>(fromHash);
  useEffect(() => {
    const onHash = () => setPage(fromHash());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const go = (p: PageKey) => {
    location.hash = p === "profile" ? "" : p;
    setPage(p);
  };
  return (
    <>
      <div className="tabs options-nav" role="tablist">
        {(Object.keys(PAGES) as PageKey[]).map((p) => (
          <button key={p} type="button" role="tab" aria-selected={page === p} onClick={() => go(p)}>
            {PAGES[p]}
          </button>
        ))}
      </div>
      {page === "tasks" ? (
        <section className="card stack">
          <TaskInbox
            onOpenApplication={(id) =>
              void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#app=${id}`) })
            }
          />
        </section>
      ) : page === "analytics" ? (
        <AnalyticsPage />
      ) : (
        <ProfilePage profile={profile} onSaved={onSaved} />
      )}
    </>
  );
}
