import { ResumeIdInput, ResumeSaveInput, ResumeUploadInput } from "@vanta/shared/api/resumes";
import { deleteResume } from "../services/resumes/delete.ts";
import { downloadResume } from "../services/resumes/download.ts";
import { getResume } from "../services/resumes/get.ts";
import { listResumes } from "../services/resumes/list.ts";
import { saveResumeVersion } from "../services/resumes/save.ts";
import { setDefaultResume } from "../services/resumes/set-default.ts";
import { uploadResumeForReview } from "../services/resumes/upload.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const resumesRouter = router({
  upload: domainProcedure.input(ResumeUploadInput).mutation(({ ctx, input }) => uploadResumeForReview(ctx.svc, input)),
  save: domainProcedure.input(ResumeSaveInput).mutation(({ ctx, input }) => saveResumeVersion(ctx.svc, input)),
  list: domainProcedure.query(({ ctx }) => listResumes(ctx.svc)),
  get: domainProcedure.input(ResumeIdInput).query(({ ctx, input }) => getResume(ctx.svc, input.id)),
  download: domainProcedure.input(ResumeIdInput).query(({ ctx, input }) => downloadResume(ctx.svc, input.id)),
  setDefault: domainProcedure.input(ResumeIdInput).mutation(({ ctx, input }) => setDefaultResume(ctx.svc, input.id)),
  delete: domainProcedure.input(ResumeIdInput).mutation(({ ctx, input }) => deleteResume(ctx.svc, input.id)),
});
