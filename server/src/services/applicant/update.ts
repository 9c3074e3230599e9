import type { ApplicantSet } from "@vanta/db/queries/applicant";
import { insertAudit } from "@vanta/db/queries/audit";
import type { ApplicantContact, ApplicantUpdateInput, ApplicantView } from "@vanta/shared/api/applicant";
import type { ServiceCtx } from "../context.ts";
import { getApplicant } from "./get.ts";
import { readApplicant, writeApplicant } from "./store.ts";

/**
 * Applies the fields present; `null` clears one. The audit trail records which fields changed, never their
 * values: self-identification, sponsorship and salary answers are sensitive and stay out of every log.
 */
export async function updateApplicantFields(ctx: ServiceCtx, input: ApplicantUpdateInput): Promise<ApplicantView> {
  const { userId } = ctx;
  await ctx.db.transaction(async (tx) => {
    const before = await readApplicant(tx, ctx.keys, userId);
    const set: ApplicantSet = {};
    if (input.contact) {
      const contact: Record<string, unknown> = { ...before.contact };
      for (const [key, value] of Object.entries(input.contact)) {
        if (value === null) delete contact[key];
        else contact[key] = value;
      }
      set.contact = contact as ApplicantContact;
    }
    if (input.application) {
      const { eeo, ...rest } = input.application;
      const application: Record<string, unknown> = { ...before.application };
      for (const [key, value] of Object.entries(rest)) {
        if (value === null) delete application[key];
        else application[key] = value;
      }
      set.application = application as ApplicantSet["application"];
      if (eeo !== undefined) set.eeo = eeo && Object.keys(eeo).length ? eeo : null;
    }
    await writeApplicant(tx, ctx.keys, userId, before, set);
    await insertAudit(tx, {
      userId,
      action: "applicant.update",
      entityType: "applicant_profile",
      entityId: before.id,
      after: {
        contact: Object.keys(input.contact ?? {}),
        application: Object.keys(input.application ?? {}),
      },
      requestId: ctx.requestId,
    });
  });
  return getApplicant(ctx);
}
