import type { FeedFilters, FeedItem, FeedSort } from "@vanta/shared/api/feed";
import type { RemoteType } from "@vanta/shared/posting";
import { useCallback, useEffect, useState } from "react";
import { browser } from "wxt/browser";
import { api, errorMessage } from "@/lib/api.ts";
import { scoreTone } from "./FitScore.tsx";
import { formatSalary } from "./format.ts";

/** "Today": the ranked feed with filters, sort, hide and save. */
export function FeedView() {
  const [sort, setSort] = useState<FeedSort>("score");
  const [remote, setRemote] = useState<RemoteType | "">("");
  const [minScore, setMinScore] = useState(0);
  const [location, setLocation] = useState("");
  const [items, setItems] = useState<FeedItem[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const filters: FeedFilters = {
    ...(remote ? { remote } : {}),
    ...(minScore ? { minScore } : {}),
    ...(location.trim() ? { location: location.trim() } : {}),
  };
  const filterKey = JSON.stringify([sort, filters]);

  // filterKey stands for sort + filters (a new object each render) so the callback changes only with them.
  const load = useCallback(
    async (more: string | null) => {
      setError(null);
      try {
        const out = await api.feed.list.query({ limit: 20, sort, filters, ...(more ? { cursor: more } : {}) });
        setItems((prev) => (more && prev ? [...prev, ...out.items] : out.items));
        setCursor(out.nextCursor);
      } catch (e) {
        setError(errorMessage(e));
        if (!more) setItems([]);
      }
    },
    [filterKey],
  );

  useEffect(() => {
    setItems(null);
    void load(null);
  }, [load]);

  async function act(item: FeedItem, action: "hide" | "save") {
    const id = item.posting.id;
    try {
      if (action === "hide") {
        await api.feed.hide.mutate({ postingId: id, hidden: true });
        setItems((list) => list?.filter((i) => i.posting.id !== id) ?? null);
      } else {
        await api.feed.save.mutate({ postingId: id, saved: !item.saved });
        setItems((list) => list?.map((i) => (i.posting.id === id ? { ...i, saved: !item.saved } : i)) ?? null);
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  function open(item: FeedItem) {
    void api.feed.view.mutate({ postingId: item.posting.id }).catch(() => {});
    // opening the posting's page from the feed is where the user goes to apply (analytics: apply_click)
    void api.events.applyClick.mutate({ postingId: item.posting.id, surface: "feed" }).catch(() => {});
    void browser.tabs.create({ url: item.posting.url });
  }

  return (
    <div className="stack">
      <div className="filters card">
        <select aria-label="Sort" value={sort} onChange={(e) => setSort(e.target.value as FeedSort)}>
          <option value="score">Best fit</option>
          <option value="date">Newest</option>
          <option value="salary">Salary</option>
        </select>
        <select aria-label="Workplace" value={remote} onChange={(e) => setRemote(e.target.value as RemoteType | "")}>
          <option value="">Any workplace</option>
          <option value="remote">Remote</option>
          <option value="hybrid">Hybrid</option>
          <option value="onsite">On-site</option>
        </select>
        <select aria-label="Minimum score" value={minScore} onChange={(e) => setMinScore(Number(e.target.value))}>
          <option value={0}>Any score</option>
          <option value={50}>50+</option>
          <option value={70}>70+</option>
          <option value={85}>85+</option>
        </select>
        <input
          aria-label="Location"
          placeholder="Location"
          value={location}
          onChange={(e) => setLocation(e.target.value)}
        />
      </div>
      {error && <div className="notice error">{error}</div>}
      {items === null ? (
        [1, 2, 3].map((i) => <div key={i} className="skeleton" style={{ height: 64 }} />)
      ) : items.length === 0 ? (
        <div className="empty muted">No postings match. Add saved searches in Settings, or loosen the filters.</div>
      ) : (
        <ul className="feed" data-testid="feed">
          {items.map((item) => (
            <li key={item.posting.id} className="card feed-item">
              <div className={`score small ${scoreTone(item.score)}`}>{item.score}</div>
              <div className="feed-main">
                <button type="button" className="link" onClick={() => open(item)}>
                  {item.posting.title}
                </button>
                <div className="muted">
                  {item.posting.company} · {item.posting.locations[0] ?? item.posting.remote}
                  {item.posting.locations.length > 1 && (
                    // one role posted in several cities is one card: say so, and list them on hover
                    <span data-testid="more-locations" title={item.posting.locations.join(" · ")}>
                      {` +${item.posting.locations.length - 1} location${item.posting.locations.length > 2 ? "s" : ""}`}
                    </span>
                  )}
                </div>
                {item.rationale && <div className="hint">{item.rationale}</div>}
                {formatSalary(item.salary) && (
                  <div className="hint">
                    {formatSalary(item.salary)}{" "}
                    {item.salary?.estimate && <span className="badge plain warn">estimate</span>}
                  </div>
                )}
              </div>
              <div className="feed-actions">
                <button
                  type="button"
                  className="small"
                  aria-pressed={item.saved}
                  onClick={() => void act(item, "save")}
                >
                  {item.saved ? "Saved" : "Save"}
                </button>
                <button type="button" className="small ghost" onClick={() => void act(item, "hide")}>
                  Hide
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {cursor && (
        <button type="button" onClick={() => void load(cursor)}>
          Load more
        </button>
      )}
    </div>
  );
}
