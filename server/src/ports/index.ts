import { join } from "node:path";
import type { Config } from "../config.ts";
import { createOutboxEmail } from "./email/outbox.ts";
import { createResendEmail } from "./email/resend.ts";
import type { EmailPort } from "./email/types.ts";
import { modelPortFor } from "./model/select.ts";
import type { ModelPort } from "./model/types.ts";
import { createInProcessScheduler, type Deliver } from "./scheduler/in-process.ts";
import { createQStashScheduler } from "./scheduler/qstash.ts";
import type { SchedulerPort } from "./scheduler/types.ts";

export type { EmailPort, ModelPort, SchedulerPort };

/** The validated config fields the ports need (same names as server/src/config.ts). */
export type PortsConfig = Pick<Config, "vantaHome" | "publicUrl" | "email" | "qstash" | "openai">;

export interface PortsDeps {
  /** How the in-process scheduler reaches the job handler (e.g. `app.request`). */
  deliver: Deliver;
  logger?: { info(obj: object): void; error(obj: object): void };
}

export interface Ports {
  email: EmailPort;
  scheduler: SchedulerPort;
  model: ModelPort;
  /** Which adapter each port uses, for /health. */
  active: { email: EmailPort["kind"]; scheduler: SchedulerPort["kind"]; model: ModelPort["kind"] };
  /** `$VANTA_HOME/outbox` when the outbox is active (mount devOutboxRoutes on it), else null. */
  outboxDir: string | null;
  /** stops the scheduler and waits for its deliveries in flight */
  stop(): void | Promise<void>;
}

/** Picks every adapter once, from validated config: the cloud one when its variables are set, else the embedded default. */
export function createPorts(config: PortsConfig, deps: PortsDeps): Ports {
  const outboxDir = join(config.vantaHome, "outbox");
  const email = config.email.resend
    ? createResendEmail({
        apiKey: config.email.resend.apiKey,
        baseUrl: config.email.resend.baseUrl,
        from: config.email.from,
      })
    : createOutboxEmail({ dir: outboxDir, from: config.email.from });
  const scheduler = config.qstash
    ? createQStashScheduler({
        token: config.qstash.token,
        baseUrl: config.qstash.url,
        currentSigningKey: config.qstash.currentSigningKey,
        nextSigningKey: config.qstash.nextSigningKey,
        publicUrl: config.publicUrl,
      })
    : createInProcessScheduler({ deliver: deps.deliver, logger: deps.logger });
  const model = modelPortFor(config);
  return {
    email,
    scheduler,
    model,
    active: { email: email.kind, scheduler: scheduler.kind, model: model.kind },
    outboxDir: email.kind === "outbox" ? outboxDir : null,
    stop: () => scheduler.stop(),
  };
}
