import type { ProfileView } from "@vanta/shared/api/profile";
import type { ResumeVersionSummary, UploadedFile } from "@vanta/shared/api/resumes";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { useState } from "react";
import { api, errorMessage } from "@/lib/api.ts";
import { base64ToBytes, downloadFile, downloadJson } from "@/lib/resume-edit.ts";

const fileBase = (v: ResumeVersionSummary) =>
  (v.filename?.replace(/\.[^.]+$/, "") || v.label).replace(/[^\w.-]+/g, "-").toLowerCase();

/** The saved versions: pick the default, download the original or the JSON, edit a copy, delete. */
export function ResumeVersions({
  versions,
  onChanged,
  onEdit,
}: {
  versions: ResumeVersionSummary[];
  /** after a change: the new list, and the profile when the default (and so the pre-fill) moved */
  onChanged(profile: ProfileView | null): void;
  /** a copy of a version to review; saving it makes a new version linked to the same original */
  onEdit(resume: JsonResume, file: UploadedFile | undefined): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const act = (fn: () => Promise<void>) => () => {
    setError(null);
    fn().catch((e) => setError(errorMessage(e)));
  };
  if (versions.length === 0) return null;
  return (
    <div className="stack">
      <h3>Saved versions</h3>
      <ul className="versions" data-testid="resume-versions">
        {versions.map((v) => (
          <li key={v.id} className="spread" data-testid="resume-version">
            <div>
              <strong>{v.label}</strong>{" "}
              {v.isDefault && (
                <span className="badge good" data-testid="default-version">
                  Default
                </span>
              )}
              <div className="hint">
                {[v.filename, new Date(v.createdAt).toLocaleString(), v.structured ? null : "text only"]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
            </div>
            <div className="row wrap">
              {!v.isDefault && (
                <button
                  type="button"
                  className="small"
                  onClick={act(async () => onChanged((await api.resumes.setDefault.mutate({ id: v.id })).profile))}
                >
                  Make default
                </button>
              )}
              {v.hasOriginal && (
                <button
                  type="button"
                  className="ghost small"
                  onClick={act(async () => {
                    const f = await api.resumes.download.query({ id: v.id });
                    downloadFile(f.filename, f.mimeType, base64ToBytes(f.contentBase64));
                  })}
                >
                  Download original
                </button>
              )}
              <button
                type="button"
                className="ghost small"
                onClick={act(async () => {
                  const full = await api.resumes.get.query({ id: v.id });
                  downloadJson(`${fileBase(v)}.resume.json`, full.resume);
                })}
              >
                Download JSON
              </button>
              {v.structured &&
                (["pdf", "docx"] as const).map((format) => (
                  <button
                    key={format}
                    type="button"
                    className="ghost small"
                    onClick={act(async () => {
                      // text-based, single column: what ATSs read (issue 9)
                      const f = await api.tailor.export.query({ resumeVersionId: v.id, format });
                      downloadFile(f.filename, f.mimeType, base64ToBytes(f.base64));
                    })}
                  >
                    Export {format.toUpperCase()}
                  </button>
                ))}
              <button
                type="button"
                className="ghost small"
                onClick={act(async () => {
                  const { resume } = await api.resumes.get.query({ id: v.id });
                  const file =
                    v.fileId && v.filename
                      ? { fileId: v.fileId, filename: v.filename, mimeType: v.mimeType ?? "application/octet-stream" }
                      : undefined;
                  onEdit(resume, file);
                })}
              >
                Edit a copy
              </button>
              <button
                type="button"
                className="ghost small"
                aria-label={`Delete version ${v.label}`}
                onClick={act(async () => {
                  if (!confirm(`Delete the version "${v.label}"?`)) return;
                  await api.resumes.delete.mutate({ id: v.id });
                  onChanged(v.isDefault ? await api.profile.get.query() : null);
                })}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      {error && (
        <div className="notice error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
