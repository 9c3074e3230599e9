import { registerOfflineSkill } from "../../ports/model/offline/skills.ts";

// Offline, the Cover-letter writer answers with the tool's draft (assembled from facts, with sources).

registerOfflineSkill("cover_letter_writer", {
  toolCalls: (ctx, tools) =>
    !ctx.calledTools.has("draft_cover_letter") && tools.some((t) => t.name === "draft_cover_letter")
      ? [{ name: "draft_cover_letter", arguments: {} }]
      : [],
  finalOutput(ctx) {
    const out = ctx.toolResults.find((r) => r.name === "draft_cover_letter")?.output as { text?: unknown } | undefined;
    return { text: typeof out?.text === "string" ? out.text : "" };
  },
});
