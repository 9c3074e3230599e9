import { resolve } from "node:path";
import type { Database } from "@vanta/db";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import { createPorts } from "../ports/index.ts";
import { resolveSecret } from "../secret.ts";
import { type DigestSummary, sendDigest } from "../services/digest/send.ts";

/**
 * What a one-shot command needs to send a user's digest: the configured email port (outbox or
 * Resend), the link-signing secret and the public URL. The scheduler is never asked to deliver here.
 */
export async function openDigestSender(config: Config, db: Database, log: Logger) {
  const vantaHome = resolve(config.vantaHome);
  const ports = createPorts(
    { ...config, vantaHome },
    {
      deliver: async () => {
        throw new Error("no scheduler deliveries from the CLI");
      },
    },
  );
  const secret = await resolveSecret(config.secret, vantaHome);
  const send = (userId: string): Promise<DigestSummary> =>
    sendDigest({ db, email: ports.email, publicUrl: config.publicUrl, secret, log }, { userId });
  return { send, stop: () => ports.stop() };
}
