import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { schema } from "@vanta/db";
import { parseResumeFile } from "@vanta/server/services/resume/parse-file";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type ExtensionBrowser,
  launchWithExtension,
  OptionsPage,
  pairExtension,
  SCREENSHOT_DIR,
  SidePanelPage,
  storedToken,
  tabIdFor,
} from "../support/browser.ts";
import { type FixtureServer, startFixtureServer } from "../support/fixture-server.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { resume } from "../unit/tailor/fixtures.ts";

// "Tailor for this job" end to end: real build in Chromium, a board-like local page, a real server whose
// job runs on the in-process scheduler. Accept one change, reject another, save: the tailored version holds
// exactly the accepted change.
let server: TestServer;
let pages: FixtureServer;
let ext: ExtensionBrowser;
let token: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await startTestServer();
  pages = await startFixtureServer();
  ext = await launchWithExtension();
  await pairExtension(ext, server.url, (await server.pairingCode()).code);
  token = await storedToken(ext);
  await server.caller(token).resumes.save.mutate({ resume: resume() });
});

afterAll(async () => {
  await ext?.close();
  await pages?.close();
  await server?.close();
});

describe("side panel: Tailor for this job", () => {
  test("progress → diff → accept one change, reject one → a tailored version with exactly the accepted change", async () => {
    const page = await ext.context.newPage();
    await page.goto(pages.urlFor("/greenhouse/acme/jobs/123"));
    const panel = await SidePanelPage.openFor(ext, await tabIdFor(ext, page.url()));
    await panel.score().waitFor({ timeout: 20_000 });

    await panel.page.getByTestId("tailor-start").click();
    const changes = panel.page.getByTestId("tailor-change");
    await changes.first().waitFor({ timeout: 30_000 });
    await expect.poll(() => panel.page.getByTestId("tailor-ats").textContent()).toMatch(/ATS score \d+\/100/);

    // the filler opening is always reworded ("Responsible for building" → verb first); a 7-bullet role loses one
    const reword = panel.page.locator('[data-change-id="reword:work[0].highlights[1]"]');
    const after = (await reword.locator("ins").textContent())!;
    expect(after).toMatch(/^Building the settlement service/);
    await reword.getByTestId("tailor-accept").click();
    const remove = panel.page.locator('[data-testid="tailor-change"][data-change-id^="remove:"]').first();
    const removedLine = (await remove.locator("del").textContent())!;
    await remove.getByTestId("tailor-reject").click();
    await expect.poll(() => reword.getAttribute("data-decision")).toBe("true");
    await expect.poll(() => remove.getAttribute("data-decision")).toBe("false");
    await panel.page.screenshot({ path: `${SCREENSHOT_DIR}/tailor-diff.png`, fullPage: true });

    await panel.page.getByTestId("tailor-save").click();
    await panel.page.getByTestId("tailor-saved").waitFor({ timeout: 15_000 });
    await expect.poll(() => panel.page.getByTestId("tailor-saved").textContent()).toMatch(/1 accepted change/);

    const me = await server.caller(token).auth.me.query();
    const userId = me.id;
    const rows = await server.runtime.db
      .select()
      .from(schema.resumeVersions)
      .where(and(eq(schema.resumeVersions.userId, userId), eq(schema.resumeVersions.kind, "tailored")));
    expect(rows).toHaveLength(1);
    const expected = resume();
    expected.work![0]!.highlights![1] = after;
    expect(rows[0]!.content).toEqual(expected);
    expect(rows[0]!.content).toMatchObject({ work: [{ highlights: expect.arrayContaining([removedLine]) }, {}] });
  });

  test("options page: Export PDF and DOCX of a resume version read back to the same roles", async () => {
    const options = await OptionsPage.open(ext);
    const page = options.page;
    await page.getByTestId("resume-version").first().waitFor({ timeout: 20_000 });
    for (const format of ["PDF", "DOCX"]) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page
          .getByRole("button", { name: `Export ${format}` })
          .first()
          .click(),
      ]);
      expect(download.suggestedFilename()).toBe(`Dana-Whitfield.${format.toLowerCase()}`);
      const bytes = new Uint8Array(await readFile((await download.path()) ?? ""));
      const parsed = await parseResumeFile(bytes, download.suggestedFilename());
      expect(parsed.resume.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual(
        resume().work!.map((w) => [w.name, w.position, w.startDate, w.endDate]),
      );
    }
    await page.close();
  });
});
