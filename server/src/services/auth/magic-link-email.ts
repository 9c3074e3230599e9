import { html } from "hono/html";

/** The sign-in mail: the same content as HTML and plain text, no tracking, no remote images. */
export async function renderMagicLinkEmail(args: { link: string; minutes: number }) {
  const { link } = args;
  return {
    subject: "Your Vanta sign-in link",
    text: [
      "Sign in to Vanta with this link:",
      "",
      args.link,
      "",
      `It works once and expires in ${args.minutes} minutes. If you did not ask for it, ignore this mail.`,
    ].join("\n"),
    html: String(
      await html`<!doctype html><html><body style="font-family:system-ui,sans-serif"><p>Sign in to Vanta with this link:</p><p><a href="${link}">Sign in to Vanta</a></p><p style="color:#555">It works once and expires in ${args.minutes} minutes. If you did not ask for it, ignore this mail.</p><p style="color:#555;font-size:12px">${link}</p></body></html>`,
    ),
  };
}
