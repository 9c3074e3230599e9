import type { ApplicantUpdateInput, ApplicantView, ResolvedContact } from "@vanta/shared/api/applicant";
import { ApplicantProfile, DECLINE, type EeoAnswers } from "@vanta/shared/resume/applicant";
import { useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";
import { parseList } from "@/lib/lists.ts";
import { downloadJson } from "@/lib/resume-edit.ts";
import { EEO_QUESTIONS } from "./eeo-options.ts";
import { SaveForm, useSave } from "./use-save.tsx";

type Period = "hour" | "day" | "week" | "month" | "year";
const CURRENCIES = ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "INR", "SGD"];
const contactInputs: { key: Exclude<keyof ResolvedContact, "location" | "otherLinks">; label: string }[] = [
  { key: "firstName", label: "First name" },
  { key: "lastName", label: "Last name" },
  { key: "email", label: "Contact email" },
  { key: "phone", label: "Phone" },
  { key: "linkedin", label: "LinkedIn" },
  { key: "github", label: "GitHub" },
  { key: "portfolio", label: "Portfolio" },
];

/** Tri-state answers: unanswered (autofill asks), yes, no. */
const yesNo = (v: boolean | undefined) => (v === undefined ? "" : v ? "yes" : "no");
const fromYesNo = (s: string) => (s === "" ? null : s === "yes");

/**
 * What application forms ask beyond the resume: contact (from the default resume until typed over), work
 * authorization, relocation, start date, salary expectation, self-identification, referral source and the
 * answer bank; plus the applicant profile file (download and load).
 */
export function ApplicantSection() {
  const [view, setView] = useState<ApplicantView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    api.applicant.get
      .query()
      .then(setView)
      .catch((e) => setLoadError(errorMessage(e)));
  }, []);
  if (loadError) return <div className="notice error">{loadError}</div>;
  if (!view) return <div className="skeleton" style={{ height: 120 }} />;
  return <ApplicantForm key={JSON.stringify(view)} view={view} onSaved={setView} />;
}

function ApplicantForm({ view, onSaved }: { view: ApplicantView; onSaved(v: ApplicantView): void }) {
  const app = view.application;
  const [contact, setContact] = useState(view.contact);
  const [otherLinks, setOtherLinks] = useState(view.contact.otherLinks.join(", "));
  const [preferredName, setPreferredName] = useState(app.preferredName ?? "");
  const [pronouns, setPronouns] = useState(app.pronouns ?? "");
  const [countries, setCountries] = useState((app.workAuthorization?.countries ?? []).join(", "));
  const [sponsorship, setSponsorship] = useState(yesNo(app.workAuthorization?.needsSponsorship));
  const [relocate, setRelocate] = useState(yesNo(app.willingToRelocate));
  const [startDate, setStartDate] = useState(app.startDate ?? "");
  const [salary, setSalary] = useState(app.salaryExpectation?.amount.toString() ?? "");
  const [currency, setCurrency] = useState(app.salaryExpectation?.currency ?? "USD");
  const [period, setPeriod] = useState<Period>(app.salaryExpectation?.period ?? "year");
  const [eeo, setEeo] = useState<EeoAnswers>(app.eeo ?? {});
  const [referral, setReferral] = useState(app.referralSource ?? "");
  const [answers, setAnswers] = useState(app.answers);
  const { busy, error, saved, run } = useSave();

  const submit = () =>
    run(async () => {
      const typed: NonNullable<ApplicantUpdateInput["contact"]> = {};
      for (const { key } of contactInputs) if (contact[key] !== view.contact[key]) typed[key] = contact[key];
      if (JSON.stringify(contact.location) !== JSON.stringify(view.contact.location)) typed.location = contact.location;
      const links = parseList(otherLinks);
      if (links.join("\n") !== view.contact.otherLinks.join("\n")) typed.otherLinks = links;
      const amount = salary.trim() ? Number(salary.replace(/[^\d.]/g, "")) : null;
      if (amount !== null && !Number.isFinite(amount)) throw new Error("Salary expectation must be a number");
      const countryList = parseList(countries);
      const needsSponsorship = fromYesNo(sponsorship);
      const answered = Object.fromEntries(Object.entries(eeo).filter(([, v]) => v)) as EeoAnswers;
      onSaved(
        await api.applicant.update.mutate({
          contact: typed,
          application: {
            preferredName: preferredName.trim() || null,
            pronouns: pronouns.trim() || null,
            workAuthorization:
              countryList.length || needsSponsorship !== null
                ? { countries: countryList, ...(needsSponsorship !== null ? { needsSponsorship } : {}) }
                : null,
            willingToRelocate: fromYesNo(relocate),
            startDate: startDate.trim() || null,
            salaryExpectation: amount === null ? null : { amount, currency, period },
            eeo: Object.keys(answered).length ? answered : null,
            referralSource: referral.trim() || null,
            answers: answers.filter((a) => a.question.trim() && a.answer.trim()),
          },
        }),
      );
    });

  const fromResume = (key: keyof ResolvedContact) => !view.contactTypedByHand.includes(key);
  return (
    <SaveForm onSubmit={submit} busy={busy} error={error} saved={saved} submitLabel="Save applicant profile">
      <ProfileFile onImported={onSaved} />
      <h3>Contact</h3>
      <div className="grid2">
        {contactInputs.map(({ key, label }) => (
          <div className="field" key={key}>
            <label htmlFor={`ap-${key}`}>{label}</label>
            <input
              id={`ap-${key}`}
              value={contact[key]}
              onChange={(e) => setContact({ ...contact, [key]: e.target.value })}
            />
            {fromResume(key) && contact[key] === view.contact[key] && view.contact[key] && (
              <div className="hint">from your resume</div>
            )}
          </div>
        ))}
        <div className="field">
          <label htmlFor="ap-preferred">Preferred name</label>
          <input id="ap-preferred" value={preferredName} onChange={(e) => setPreferredName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ap-pronouns">Pronouns</label>
          <input
            id="ap-pronouns"
            value={pronouns}
            placeholder="she/her"
            onChange={(e) => setPronouns(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="ap-city">City</label>
          <input
            id="ap-city"
            value={contact.location.city ?? ""}
            onChange={(e) => setContact({ ...contact, location: { ...contact.location, city: e.target.value } })}
          />
        </div>
        <div className="field">
          <label htmlFor="ap-country">Country code</label>
          <input
            id="ap-country"
            value={contact.location.countryCode ?? ""}
            placeholder="US"
            onChange={(e) => setContact({ ...contact, location: { ...contact.location, countryCode: e.target.value } })}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="ap-links">Other links</label>
        <input id="ap-links" value={otherLinks} onChange={(e) => setOtherLinks(e.target.value)} />
      </div>

      <h3>Work authorization</h3>
      <div className="grid2">
        <div className="field">
          <label htmlFor="ap-countries">Countries where you may work without sponsorship</label>
          <input
            id="ap-countries"
            value={countries}
            placeholder="US, CA"
            onChange={(e) => setCountries(e.target.value)}
          />
          <div className="hint">Two-letter country codes, separated by commas.</div>
        </div>
        <YesNo
          id="ap-sponsorship"
          label="Will you now or in the future need visa sponsorship?"
          value={sponsorship}
          onChange={setSponsorship}
        />
        <YesNo id="ap-relocate" label="Willing to relocate?" value={relocate} onChange={setRelocate} />
        <div className="field">
          <label htmlFor="ap-start">Earliest start date or notice period</label>
          <input id="ap-start" value={startDate} placeholder="2 weeks" onChange={(e) => setStartDate(e.target.value)} />
        </div>
      </div>

      <h3>Salary expectation</h3>
      <div className="grid3">
        <div className="field">
          <label htmlFor="ap-salary">Amount</label>
          <input id="ap-salary" inputMode="numeric" value={salary} onChange={(e) => setSalary(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ap-currency">Salary currency</label>
          <select id="ap-currency" value={currency} onChange={(e) => setCurrency(e.target.value)}>
            {[...new Set([currency, ...CURRENCIES])].map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ap-period">Per</label>
          <select id="ap-period" value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            {(["year", "month", "week", "day", "hour"] as const).map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </div>
      </div>

      <h3>Voluntary self-identification</h3>
      <p className="hint">
        Optional. These answers are only filled into forms you review; they are never sent to an AI model and never
        written to logs. "Decline to answer" is an answer; leave a question unanswered to be asked each time.
      </p>
      <div className="grid2">
        {EEO_QUESTIONS.map((q) => (
          <div className="field" key={q.key}>
            <label htmlFor={`ap-eeo-${q.key}`}>{q.label}</label>
            <select
              id={`ap-eeo-${q.key}`}
              value={eeo[q.key] ?? ""}
              onChange={(e) => setEeo({ ...eeo, [q.key]: e.target.value || undefined })}
            >
              <option value="">Not answered (ask me)</option>
              {[
                ...new Set([...q.options, ...(eeo[q.key] && eeo[q.key] !== DECLINE ? [eeo[q.key] as string] : [])]),
              ].map((o) => (
                <option key={o}>{o}</option>
              ))}
              <option value={DECLINE}>Decline to answer</option>
            </select>
          </div>
        ))}
      </div>

      <div className="field">
        <label htmlFor="ap-referral">How did you hear about us? (default answer)</label>
        <input id="ap-referral" value={referral} onChange={(e) => setReferral(e.target.value)} />
      </div>

      <h3>Answer bank</h3>
      <p className="hint">Questions you answered once and want reused in application forms.</p>
      {answers.map((a, i) => (
        <div className="stack entry" key={i} data-testid="answer">
          <div className="field">
            <label htmlFor={`ap-q-${i}`}>Question {i + 1}</label>
            <input
              id={`ap-q-${i}`}
              value={a.question}
              onChange={(e) => setAnswers(answers.map((x, j) => (j === i ? { ...x, question: e.target.value } : x)))}
            />
          </div>
          <div className="field">
            <label htmlFor={`ap-a-${i}`}>Answer {i + 1}</label>
            <textarea
              id={`ap-a-${i}`}
              rows={2}
              value={a.answer}
              onChange={(e) => setAnswers(answers.map((x, j) => (j === i ? { ...x, answer: e.target.value } : x)))}
            />
          </div>
          <button type="button" className="ghost small" onClick={() => setAnswers(answers.filter((_, j) => j !== i))}>
            Remove answer {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="small" onClick={() => setAnswers([...answers, { question: "", answer: "" }])}>
        Add answer
      </button>
    </SaveForm>
  );
}

function YesNo({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange(v: string): void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Not answered (ask me)</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
      </select>
    </div>
  );
}

/** The applicant profile file: JSON Resume + `application`, what autofill and tailoring read. */
function ProfileFile({ onImported }: { onImported(v: ApplicantView): void }) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="stack">
      <div className="row wrap">
        <button
          type="button"
          className="small"
          onClick={() => {
            setError(null);
            api.applicant.export
              .query()
              .then((p) => downloadJson("applicant-profile.json", p))
              .catch((e) => setError(errorMessage(e)));
          }}
        >
          Download my applicant profile
        </button>
        <label className="check">
          Load a profile file{" "}
          <input
            type="file"
            accept=".json,application/json"
            aria-label="Load an applicant profile file"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (!file) return;
              setError(null);
              try {
                const parsed = ApplicantProfile.safeParse(JSON.parse(await file.text()));
                if (!parsed.success) throw new Error(`Not an applicant profile: ${parsed.error.issues[0]?.message}`);
                if (
                  !confirm("Replace your applicant profile with this file? Its resume becomes a new default version.")
                )
                  return;
                onImported(await api.applicant.import.mutate({ profile: parsed.data }));
                setStatus("Loaded.");
              } catch (err) {
                setError(errorMessage(err));
              }
            }}
          />
        </label>
        {status && <span className="hint saved">{status}</span>}
      </div>
      {error && (
        <div className="notice error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
