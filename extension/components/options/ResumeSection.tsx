import type { ProfileView } from "@vanta/shared/api/profile";
import { useState } from "react";
import { api } from "@/lib/api.ts";
import { fileToBase64, formatList, parseList } from "@/lib/lists.ts";
import { SaveForm, useSave } from "./use-save.tsx";

/** Resume upload (stored + text extracted on the server) or typed skills and titles. */
export function ResumeSection({
  profile,
  submitLabel,
  onSaved,
  withTitles = true,
}: {
  profile: ProfileView;
  /** the profile page edits titles under Preferences; two inputs for one field would fight */
  withTitles?: boolean;
  submitLabel: string;
  onSaved(p: ProfileView): void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [skills, setSkills] = useState(formatList(profile.skills));
  const [titles, setTitles] = useState(formatList(profile.titles));
  const { busy, error, saved, run } = useSave();

  const submit = () =>
    run(async () => {
      if (file) {
        const out = await api.profile.uploadResume.mutate({
          filename: file.name,
          mimeType: file.type || "application/octet-stream",
          contentBase64: await fileToBase64(file),
        });
        setPreview(out.preview);
      }
      const next = await api.profile.update.mutate({
        skills: parseList(skills),
        ...(withTitles ? { titles: parseList(titles) } : {}),
      });
      onSaved(next);
    });

  return (
    <SaveForm onSubmit={submit} busy={busy} error={error} saved={saved} submitLabel={submitLabel}>
      <div className="field">
        <label htmlFor="resume-file">Resume (PDF, DOCX or text)</label>
        <input
          id="resume-file"
          type="file"
          accept=".pdf,.docx,.txt,.md,application/pdf,text/plain"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <div className="hint">
          {profile.resume
            ? `Current: ${profile.resume.filename ?? "resume"} (${profile.resume.textLength.toLocaleString()} characters of text)`
            : "Vanta stores the file and reads its text to match you with postings. Nothing is invented from it."}
        </div>
      </div>
      {preview && (
        <blockquote className="preview" data-testid="resume-preview">
          {preview}
        </blockquote>
      )}
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
          <div className="hint">Separate with commas.</div>
        </div>
      )}
    </SaveForm>
  );
}
