import { ensureProfile, updateProfile } from "@vanta/db/queries/profiles";
import type { ProfileView } from "@vanta/shared/api/profile";
import { nowOf, type ServiceCtx } from "../context.ts";
import { toProfileView } from "./view.ts";

export async function getProfile(ctx: ServiceCtx): Promise<ProfileView> {
  return toProfileView(ctx.db, await ensureProfile(ctx.db, ctx.userId));
}

/** Marks the wizard done (first completion time is kept). */
export async function completeOnboarding(ctx: ServiceCtx): Promise<ProfileView> {
  const row = await ensureProfile(ctx.db, ctx.userId);
  const updated = row.onboardedAt ? row : await updateProfile(ctx.db, ctx.userId, { onboardedAt: nowOf(ctx) });
  return toProfileView(ctx.db, updated ?? row);
}
