import { z } from "zod";

// The plan's JSON shape is a contract (issue 8, `vanta autofill-plan`): keep these keys and names.

export const FIELD_KINDS = [
  "text",
  "email",
  "tel",
  "url",
  "textarea",
  "select",
  "combobox",
  "radio",
  "checkbox",
  "file",
  "date",
] as const;
export const FieldKind = z.enum(FIELD_KINDS);
export type FieldKind = z.infer<typeof FieldKind>;

/** fill = we know the value; upload = the resume file; ask = required and we don't know; skip = optional and unknown */
export const FieldAction = z.enum(["fill", "upload", "ask", "skip"]);
export type FieldAction = z.infer<typeof FieldAction>;

export const PlanEntry = z.object({
  /** the visible question text */
  label: z.string(),
  /** CSS selector that finds the control (for radio/checkbox groups: every input of the group) */
  selector: z.string(),
  kind: FieldKind,
  required: z.boolean(),
  /** text to type, or the visible text of the option(s) to choose; null when unknown */
  value: z.union([z.string(), z.array(z.string())]).nullable(),
  action: FieldAction,
  /** where the value came from in the applicant profile, e.g. `basics.email`, `application.answers[3]` */
  source: z.string().nullable(),
  confidence: z.number().min(0).max(1),
});
export type PlanEntry = z.infer<typeof PlanEntry>;

export const AutofillPlan = z.object({ ats: z.string(), fields: z.array(PlanEntry) });
export type AutofillPlan = z.infer<typeof AutofillPlan>;
