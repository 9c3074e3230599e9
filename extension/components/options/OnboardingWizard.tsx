import type { ProfileView } from "@vanta/shared/api/profile";
import { useState } from "react";
import { ConnectForm } from "@/components/ConnectForm.tsx";
import { api, errorMessage } from "@/lib/api.ts";
import type { ConnectionStatus } from "@/lib/messages.ts";
import { DigestSection } from "./DigestSection.tsx";
import { PreferencesSection } from "./PreferencesSection.tsx";
import { ResumeSection } from "./ResumeSection.tsx";
import { SearchesSection } from "./SearchesSection.tsx";

const steps = ["Connect", "Resume", "Preferences", "Digest"] as const;

/** connect → resume → preferences & searches → digest → done. */
export function OnboardingWizard({
  status,
  profile,
  onConnected,
  onProfile,
  onDone,
}: {
  status: ConnectionStatus | null;
  profile: ProfileView | null;
  onConnected(s: ConnectionStatus): void;
  onProfile(p: ProfileView): void;
  onDone(p: ProfileView): void;
}) {
  const connected = status?.state === "connected";
  const [step, setStep] = useState(connected ? 1 : 0);
  const [error, setError] = useState<string | null>(null);
  const current = connected ? Math.max(step, 1) : 0;

  async function finish() {
    try {
      await api.profile.completeOnboarding.mutate();
      onDone(await api.profile.get.query());
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const next = (p: ProfileView) => {
    onProfile(p);
    setStep(current + 1);
  };

  return (
    <div className="stack">
      <ol className="steps" aria-label="Setup steps">
        {steps.map((label, i) => (
          <li
            key={label}
            className={i < current ? "done" : i === current ? "current" : ""}
            aria-current={i === current ? "step" : undefined}
          >
            <span className="num">{i < current ? "✓" : i + 1}</span> {label}
          </li>
        ))}
      </ol>
      <section className="card stack" data-testid={`wizard-step-${current}`}>
        {current === 0 && (
          <>
            <h2>Connect to your Vanta server</h2>
            <p className="muted">
              Use the pairing code that <code>npm start</code> printed, or sign in with an email link.
            </p>
            <ConnectForm
              onConnected={(s) => {
                onConnected(s);
                setStep(1);
              }}
            />
          </>
        )}
        {current > 0 && !profile && <div className="skeleton" style={{ height: 160 }} />}
        {current === 1 && profile && (
          <>
            <h2>Your resume</h2>
            <p className="muted">
              Upload it and check what Vanta read, or just type your skills and the titles you want. You can change this
              later.
            </p>
            <ResumeSection profile={profile} submitLabel="Continue" onSaved={next} onProfile={onProfile} />
          </>
        )}
        {current === 2 && profile && (
          <>
            <h2>What you are looking for</h2>
            <p className="muted">These are hard filters: postings that fail them are flagged, not hidden.</p>
            <PreferencesSection
              profile={profile}
              submitLabel="Continue"
              onSaved={next}
              extra={
                <>
                  <h3>Saved searches</h3>
                  <SearchesSection />
                </>
              }
            />
          </>
        )}
        {current === 3 && profile && (
          <>
            <h2>Daily digest</h2>
            <DigestSection
              profile={profile}
              submitLabel="Finish"
              onSaved={(p) => {
                onProfile(p);
                void finish();
              }}
            />
          </>
        )}
        {current > 1 && (
          <button type="button" className="ghost small back" onClick={() => setStep(current - 1)}>
            ← Back
          </button>
        )}
        {error && <div className="notice error">{error}</div>}
      </section>
    </div>
  );
}
