import { createHash } from "node:crypto";
import { VANTA_EXTENSION_ID, VANTA_EXTENSION_PUBLIC_KEY } from "@vanta/shared/extension-id";
import { expect, it } from "vitest";

it("the pinned extension id is the one Chrome derives from the manifest key", () => {
  const hex = createHash("sha256").update(Buffer.from(VANTA_EXTENSION_PUBLIC_KEY, "base64")).digest("hex");
  const id = [...hex.slice(0, 32)].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join("");
  expect(id).toBe(VANTA_EXTENSION_ID);
});
