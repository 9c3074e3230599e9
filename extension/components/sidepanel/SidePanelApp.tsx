import { useState } from "react";
import { browser } from "wxt/browser";
import { Brand } from "@/components/Brand.tsx";
import { NotificationBell } from "@/components/follow/NotificationBell.tsx";
import { StatusBadge } from "@/components/StatusBadge.tsx";
import { useConnectionStatus } from "@/components/use-status.ts";
import { AutofillSection } from "./AutofillSection.tsx";
import { FeedView } from "./FeedView.tsx";
import { PostingView } from "./PostingView.tsx";
import { useActiveTabId } from "./use-active-tab.ts";
import { useCapture } from "./use-capture.ts";

type Tab = "page" | "today";

export function SidePanelApp() {
  const [tab, setTab] = useState<Tab>("page");
  const { status } = useConnectionStatus(15_000);
  const tabId = useActiveTabId();
  const { capture, loading } = useCapture(tabId);

  return (
    <div className="panel">
      <header className="spread">
        <Brand />
        <div className="row">
          <StatusBadge status={status} />
          <NotificationBell enabled={status?.state === "connected"} />
        </div>
      </header>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === "page"} onClick={() => setTab("page")}>
          This page
        </button>
        <button type="button" role="tab" aria-selected={tab === "today"} onClick={() => setTab("today")}>
          Today
        </button>
      </div>
      <main>
        {status?.state === "not_paired" && (
          <div className="notice info">
            Not paired yet.{" "}
            <button type="button" className="small" onClick={() => browser.runtime.openOptionsPage()}>
              Open Settings
            </button>
          </div>
        )}
        {tab === "page" ? (
          loading ? (
            <div className="skeleton" style={{ height: 120 }} data-testid="capture-skeleton" />
          ) : capture?.posting ? (
            <>
              <PostingView posting={capture.posting} tabId={tabId} />
              <AutofillSection tabId={tabId} />
            </>
          ) : (
            <>
              <div className="empty" data-testid="no-posting">
                <h2>No job posting on this page</h2>
                <p className="muted">
                  Open a job on LinkedIn, Indeed, Greenhouse, Lever, Ashby, Workday or any career site that publishes
                  its postings, and Vanta shows your fit here.
                </p>
              </div>
              <AutofillSection tabId={tabId} />
            </>
          )
        ) : (
          <FeedView />
        )}
      </main>
    </div>
  );
}
