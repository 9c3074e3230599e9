import type { ProfileView } from "@vanta/shared/api/profile";
import { DigestSettingsCard } from "@/components/follow/DigestSettingsCard.tsx";
import { ApplicantSection } from "./ApplicantSection.tsx";
import { PreferencesSection } from "./PreferencesSection.tsx";
import { ResumeSection } from "./ResumeSection.tsx";
import { SearchesSection } from "./SearchesSection.tsx";

/** Everything the wizard asked, editable afterwards. */
export function ProfilePage({ profile, onSaved }: { profile: ProfileView; onSaved(p: ProfileView): void }) {
  return (
    <div className="stack" data-testid="profile-page">
      <section className="card stack">
        <h2>Resume and skills</h2>
        <ResumeSection profile={profile} submitLabel="Save" onSaved={onSaved} withTitles={false} />
      </section>
      <section className="card stack">
        <h2>Preferences</h2>
        {/* a new default resume can refill titles and seniority: the form then starts from those */}
        <PreferencesSection
          key={`${profile.titles.join("|")}/${profile.seniority.join("|")}`}
          profile={profile}
          submitLabel="Save"
          onSaved={onSaved}
        />
      </section>
      <section className="card stack">
        <h2>Saved searches</h2>
        <SearchesSection />
      </section>
      <section className="card stack">
        <h2>Daily digest</h2>
        <DigestSettingsCard onProfile={onSaved} />
      </section>
      <section className="card stack" data-testid="applicant-section">
        <h2>Applicant profile</h2>
        <p className="muted">What application forms ask beyond your resume. Autofill and tailoring read it.</p>
        <ApplicantSection />
      </section>
    </div>
  );
}
