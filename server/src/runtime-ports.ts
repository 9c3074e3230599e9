import { join } from "node:path";
import type { Hono } from "hono";
import type { Config } from "./config.ts";
import { devOutboxRoutes } from "./http/dev-outbox.ts";
import type { Logger } from "./log.ts";
import { createOutboxEmail } from "./ports/email/outbox.ts";
import { createResendEmail } from "./ports/email/resend.ts";
import type { EmailPort } from "./ports/email/types.ts";
import { createInProcessScheduler, type Deliver } from "./ports/scheduler/in-process.ts";
import { createQStashScheduler } from "./ports/scheduler/qstash.ts";
import type { SchedulerPort } from "./ports/scheduler/types.ts";

// Picks each port's adapter from config, once, at start (embedded default unless the cloud variables are set).

export interface RuntimePorts {
  email: EmailPort;
  scheduler: SchedulerPort;
  active: { email: string; scheduler: string; model: string };
  /** platform routes to mount (the /dev/outbox page when the outbox is the email adapter) */
  routes: { path: string; app: Hono }[];
  close(): Promise<void>;
}

export function buildPorts(config: Config, deps: { vantaHome: string; log: Logger; deliver: Deliver }): RuntimePorts {
  const outboxDir = join(deps.vantaHome, "outbox");
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
    : createInProcessScheduler({
        deliver: deps.deliver,
        logger: {
          info: (o) => deps.log.info("scheduler", { ...o }),
          error: (o) => deps.log.error("scheduler", { ...o }),
        },
      });
  return {
    email,
    scheduler,
    active: { email: email.kind, scheduler: scheduler.kind, model: config.openai ? "openai" : "offline" },
    routes: email.kind === "outbox" ? [{ path: "/", app: devOutboxRoutes(outboxDir) }] : [],
    async close() {
      scheduler.stop();
    },
  };
}
