import { browser } from "wxt/browser";
import type { Message, MessageOf, Replies, Result } from "./messages.ts";

/** Sends one message to the background and unwraps its Result; a dead background becomes an error Result. */
export async function send<T extends Message["type"]>(message: MessageOf<T>): Promise<Result<Replies[T]>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Result<Replies[T]> | undefined;
    if (!reply)
      return { ok: false, error: { code: "NO_REPLY", message: "The extension did not answer", fieldErrors: null } };
    return reply;
  } catch (error) {
    return { ok: false, error: { code: "NO_REPLY", message: String(error), fieldErrors: null } };
  }
}

/** Like send, but throws the remote error message; for UI code that shows errors via try/catch. */
export async function call<T extends Message["type"]>(message: MessageOf<T>): Promise<Replies[T]> {
  const reply = await send(message);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data;
}
