import type { ProfileView } from "@vanta/shared/api/profile";
import type { ResumeVersionSummary, UploadedFile } from "@vanta/shared/api/resumes";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { useCallback, useEffect, useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";
import { fileToBase64, formatList, parseList } from "@/lib/lists.ts";
import { cleanResume } from "@/lib/resume-edit.ts";
import { ResumeReview } from "./ResumeReview.tsx";
import { ResumeVersions } from "./ResumeVersions.tsx";
import { SaveForm, SaveStatus, useSave } from "./use-save.tsx";

interface Draft {
  resume: JsonResume;
  confidence: Record<string, number>;
  file?: UploadedFile;
}

/**
 * Resume upload → review of everything parsed → saved as a version (the default pre-fills titles, skills,
 * years and seniority); the saved versions; and skills/titles for people who type them instead.
 */
export function ResumeSection({
  profile,
  submitLabel,
  onSaved,
  onProfile = onSaved,
  withTitles = true,
}: {
  profile: ProfileView;
  /** the profile page edits titles under Preferences; two inputs for one field would fight */
  withTitles?: boolean;
  submitLabel: string;
  /** the skills/titles form was submitted (the wizard moves on) */
  onSaved(p: ProfileView): void;
  /** a resume version changed the profile (pre-filled fields); the wizard stays on this step */
  onProfile?(p: ProfileView): void;
}) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [versions, setVersions] = useState<ResumeVersionSummary[]>([]);
  const [formKey, setFormKey] = useState(0);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const review = useSave();

  const refresh = useCallback(() => {
    api.resumes.list
      .query()
      .then(setVersions)
      .catch((e) => setUploadError(errorMessage(e)));
  }, []);
  useEffect(() => refresh(), [refresh]);

  const profileChanged = (p: ProfileView | null) => {
    refresh();
    if (p) {
      onProfile(p);
      setFormKey((k) => k + 1); // the skills/titles inputs show the pre-filled values
    }
  };

  async function upload(file: File) {
    setUploading(true);
    setUploadError(null);
    setDraft(null);
    try {
      const out = await api.resumes.upload.mutate({
        filename: file.name,
        mimeType: file.type || "application/octet-stream",
        contentBase64: await fileToBase64(file),
      });
      setDraft({ resume: out.resume, confidence: out.confidence, file: out.file });
    } catch (e) {
      setUploadError(errorMessage(e));
    } finally {
      setUploading(false);
    }
  }

  const saveDraft = () =>
    review.run(async () => {
      if (!draft) return;
      const { file, resume } = draft;
      const out = await api.resumes.save.mutate({
        resume: cleanResume(resume),
        ...(file ? { file: { fileId: file.fileId, filename: file.filename, mimeType: file.mimeType } } : {}),
      });
      setDraft(null);
      profileChanged(out.profile);
    });

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="resume-file">Resume (PDF, DOCX, Markdown, text or JSON Resume)</label>
        <input
          id="resume-file"
          type="file"
          accept=".pdf,.docx,.txt,.md,.json,application/pdf,text/plain,application/json"
          disabled={uploading}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void upload(f);
            e.target.value = "";
          }}
        />
        <div className="hint">
          {uploading
            ? "Reading your resume…"
            : profile.resume
              ? `Default: ${profile.resume.filename ?? "resume"}. A new upload is reviewed, then saved as a new version.`
              : "Vanta reads it, shows you everything it found to check and fix, and stores the original. Nothing is invented from it."}
        </div>
        {uploadError && (
          <div className="notice error" role="alert">
            {uploadError}
          </div>
        )}
      </div>
      {draft && (
        <form
          className="stack card review-card"
          onSubmit={(e) => {
            e.preventDefault();
            void saveDraft();
          }}
        >
          <h3>Check what Vanta read{draft.file ? ` from ${draft.file.filename}` : ""}</h3>
          <ResumeReview
            value={draft.resume}
            confidence={draft.confidence}
            onChange={(resume) => setDraft({ ...draft, resume })}
          />
          <div className="row">
            <button type="submit" className="primary" disabled={review.busy}>
              {review.busy ? "Saving…" : "Save resume"}
            </button>
            <button type="button" className="ghost" onClick={() => setDraft(null)}>
              Discard
            </button>
            <SaveStatus error={review.error} saved={false} />
          </div>
        </form>
      )}
      {!draft && review.saved && (
        <div className="notice ok" data-testid="resume-saved">
          Saved as a new version. Titles, skills, years and seniority were filled in from it where you had not typed
          your own.
        </div>
      )}
      <ResumeVersions
        versions={versions}
        onChanged={profileChanged}
        onEdit={(resume, file) => setDraft({ resume, confidence: {}, file })}
      />
      <SkillsForm
        key={formKey}
        profile={profile}
        withTitles={withTitles}
        submitLabel={submitLabel}
        onSaved={onSaved}
        pendingReview={draft !== null}
      />
    </div>
  );
}

function SkillsForm({
  profile,
  withTitles,
  submitLabel,
  onSaved,
  pendingReview,
}: {
  profile: ProfileView;
  withTitles: boolean;
  submitLabel: string;
  onSaved(p: ProfileView): void;
  pendingReview: boolean;
}) {
  const [skills, setSkills] = useState(formatList(profile.skills));
  const [titles, setTitles] = useState(formatList(profile.titles));
  const { busy, error, saved, run } = useSave();
  const submit = () =>
    run(async () => {
      if (pendingReview) throw new Error("Save or discard the resume you are reviewing first.");
      onSaved(
        await api.profile.update.mutate({
          skills: parseList(skills),
          ...(withTitles ? { titles: parseList(titles) } : {}),
        }),
      );
    });
  return (
    <SaveForm onSubmit={submit} busy={busy} error={error} saved={saved} submitLabel={submitLabel}>
      <div className="field">
        <label htmlFor="skills">Skills</label>
        <textarea
          id="skills"
          rows={2}
          value={skills}
          onChange={(e) => setSkills(e.target.value)}
          placeholder="TypeScript, PostgreSQL, Kubernetes"
        />
      </div>
      {withTitles && (
        <div className="field">
          <label htmlFor="titles">Titles you are looking for</label>
          <input
            id="titles"
            value={titles}
            onChange={(e) => setTitles(e.target.value)}
            placeholder="Backend Engineer, Platform Engineer"
          />
          <div className="hint">Separate with commas. Filled in from your resume until you change them.</div>
        </div>
      )}
    </SaveForm>
  );
}
