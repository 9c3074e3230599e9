import { z } from "zod";

// account.*: "own your data" — export everything, delete everything.

export const AccountExportOutput = z.object({
  filename: z.string(),
  /** the zip: account.json + files/… */
  contentBase64: z.string(),
  tables: z.record(z.string(), z.number().int()),
  files: z.number().int(),
});
export type AccountExportOutput = z.infer<typeof AccountExportOutput>;

/** The user types their account email to confirm; anything else is refused. */
export const AccountDeleteInput = z.object({ confirmEmail: z.email().max(320) });
export type AccountDeleteInput = z.infer<typeof AccountDeleteInput>;
