import type { ProfileView } from "@vanta/shared/api/profile";
import { type RemoteType, remoteTypes } from "@vanta/shared/posting";
import { type Seniority, seniorities } from "@vanta/shared/profile";
import { type ReactNode, useState } from "react";
import { api } from "@/lib/api.ts";
import { formatList, parseList } from "@/lib/lists.ts";
import { SaveForm, useSave } from "./use-save.tsx";

const remoteLabels: Record<RemoteType, string> = {
  remote: "Remote",
  hybrid: "Hybrid",
  onsite: "On-site",
  unknown: "Not stated",
};
const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "INR", "SGD"];

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Titles, locations, workplace, salary floor, seniority, visa, excluded companies: the hard filters. */
export function PreferencesSection({
  profile,
  submitLabel,
  onSaved,
  extra,
}: {
  profile: ProfileView;
  submitLabel: string;
  onSaved(p: ProfileView): void;
  /** rendered above the submit button (the wizard puts saved searches there) */
  extra?: ReactNode;
}) {
  const [titles, setTitles] = useState(formatList(profile.titles));
  const [locations, setLocations] = useState(formatList(profile.locations));
  const [remote, setRemote] = useState<RemoteType[]>(profile.remote);
  const [minSalary, setMinSalary] = useState(profile.minSalary?.toString() ?? "");
  const [currency, setCurrency] = useState(profile.currency || "USD");
  const [seniority, setSeniority] = useState<Seniority[]>(profile.seniority);
  const [visaNeeded, setVisaNeeded] = useState(profile.visaNeeded);
  const [excluded, setExcluded] = useState(formatList(profile.excludedCompanies));
  const [trackStage, setTrackStage] = useState(profile.trackStage);
  const { busy, error, saved, run } = useSave();

  const submit = () =>
    run(async () => {
      const salary = minSalary.trim() ? Math.round(Number(minSalary.replace(/[^\d.]/g, ""))) : null;
      if (salary !== null && !Number.isFinite(salary)) throw new Error("Salary floor must be a number");
      onSaved(
        await api.profile.update.mutate({
          titles: parseList(titles),
          locations: parseList(locations),
          remote,
          minSalary: salary,
          currency,
          seniority,
          visaNeeded,
          excludedCompanies: parseList(excluded),
          trackStage,
        }),
      );
    });

  return (
    <SaveForm onSubmit={submit} busy={busy} error={error} saved={saved} submitLabel={submitLabel}>
      <div className="grid2">
        <div className="field">
          <label htmlFor="pref-titles">Titles</label>
          <input id="pref-titles" value={titles} onChange={(e) => setTitles(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="pref-locations">Locations</label>
          <input
            id="pref-locations"
            value={locations}
            onChange={(e) => setLocations(e.target.value)}
            placeholder="Berlin, London"
          />
        </div>
      </div>
      <fieldset>
        <legend>Workplace</legend>
        <div className="row wrap">
          {remoteTypes
            .filter((r) => r !== "unknown")
            .map((r) => (
              <label key={r} className="check">
                <input type="checkbox" checked={remote.includes(r)} onChange={() => setRemote(toggle(remote, r))} />{" "}
                {remoteLabels[r]}
              </label>
            ))}
        </div>
      </fieldset>
      <div className="grid2">
        <div className="field">
          <label htmlFor="pref-salary">Salary floor (yearly)</label>
          <input
            id="pref-salary"
            inputMode="numeric"
            value={minSalary}
            onChange={(e) => setMinSalary(e.target.value)}
            placeholder="120000"
          />
        </div>
        <div className="field">
          <label htmlFor="pref-currency">Currency</label>
          <select id="pref-currency" value={currency} onChange={(e) => setCurrency(e.target.value)}>
            {[...new Set([currency, ...CURRENCIES])].map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      </div>
      <fieldset>
        <legend>Seniority</legend>
        <div className="row wrap">
          {seniorities.map((s) => (
            <label key={s} className="check">
              <input
                type="checkbox"
                checked={seniority.includes(s)}
                onChange={() => setSeniority(toggle(seniority, s))}
              />{" "}
              {s}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={visaNeeded} onChange={(e) => setVisaNeeded(e.target.checked)} /> I need visa
        sponsorship
      </label>
      <div className="field">
        <label htmlFor="pref-excluded">Companies to exclude</label>
        <input id="pref-excluded" value={excluded} onChange={(e) => setExcluded(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="pref-track-stage">One-click Track puts new jobs in</label>
        <select
          id="pref-track-stage"
          value={trackStage}
          onChange={(e) => setTrackStage(e.target.value as typeof trackStage)}
        >
          <option value="prospect">Prospect (I might apply)</option>
          <option value="applied">Applied (I track what I applied to)</option>
        </select>
      </div>
      {extra}
    </SaveForm>
  );
}
