import type { SavedSearch } from "@vanta/shared/api/searches";
import { useCallback, useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";
import { parseList } from "@/lib/lists.ts";

/** Saved searches: what the daily run looks for. */
export function SearchesSection() {
  const [searches, setSearches] = useState<SavedSearch[] | null>(null);
  const [name, setName] = useState("");
  const [keywords, setKeywords] = useState("");
  const [locations, setLocations] = useState("");
  const [remoteOnly, setRemoteOnly] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setSearches(await api.searches.list.query());
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function add() {
    setError(null);
    try {
      await api.searches.create.mutate({
        name: name.trim() || parseList(keywords)[0] || "My search",
        keywords: parseList(keywords),
        locations: parseList(locations),
        boards: [],
        remote: remoteOnly ? true : null,
        minSalary: null,
        enabled: true,
      });
      setName("");
      setKeywords("");
      setLocations("");
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  async function remove(id: string) {
    try {
      await api.searches.delete.mutate({ id });
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="stack">
      <ul className="searches">
        {searches?.map((s) => (
          <li key={s.id} className="spread">
            <span>
              <strong>{s.name}</strong>{" "}
              <span className="hint">
                {[s.keywords.join(", "), s.locations.join(", "), s.remote ? "remote" : ""].filter(Boolean).join(" · ")}
              </span>
            </span>
            <button
              type="button"
              className="small ghost"
              onClick={() => void remove(s.id)}
              aria-label={`Delete ${s.name}`}
            >
              Delete
            </button>
          </li>
        ))}
        {searches?.length === 0 && <li className="hint">No saved searches yet.</li>}
      </ul>
      <div className="grid3">
        <input aria-label="Search name" placeholder="Name" value={name} onChange={(e) => setName(e.target.value)} />
        <input
          aria-label="Keywords"
          placeholder="Keywords: backend, typescript"
          value={keywords}
          onChange={(e) => setKeywords(e.target.value)}
        />
        <input
          aria-label="Search locations"
          placeholder="Locations"
          value={locations}
          onChange={(e) => setLocations(e.target.value)}
        />
      </div>
      <div className="row">
        <label className="check">
          <input type="checkbox" checked={remoteOnly} onChange={(e) => setRemoteOnly(e.target.checked)} /> Remote only
        </label>
        <button type="button" onClick={() => void add()} disabled={!keywords.trim() && !name.trim()}>
          Add search
        </button>
      </div>
      {error && <div className="notice error">{error}</div>}
    </div>
  );
}
