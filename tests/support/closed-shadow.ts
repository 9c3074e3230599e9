import type { CDPSession, Page } from "playwright-core";

// The extension's in-page buttons live in closed shadow roots, which page script (and Playwright's
// selector engine) cannot enter. Tests reach them the way DevTools does: the DOM domain of the Chrome
// DevTools Protocol sees closed roots (pierce: true). Clicks are real mouse input at the element's
// box, so the extension sees trusted events, as from a person.

interface CdpNode {
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const cdpOf = (page: Page) => {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
};

async function findAll(page: Page, testId: string): Promise<number[]> {
  const cdp = await cdpOf(page);
  const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: CdpNode };
  const found: number[] = [];
  const stack: CdpNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as CdpNode;
    const attrs = node.attributes ?? [];
    for (let i = 0; i < attrs.length; i += 2)
      if (attrs[i] === "data-testid" && attrs[i + 1] === testId) found.push(node.backendNodeId);
    stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
    if (node.contentDocument) stack.push(node.contentDocument);
  }
  return found;
}

/** A Locator-like handle on an element with `data-testid` inside a closed shadow root. */
export class ClosedShadowLocator {
  constructor(
    readonly page: Page,
    readonly testId: string,
  ) {}

  async count(): Promise<number> {
    return (await findAll(this.page, this.testId)).length;
  }

  private async node(timeout = 10_000): Promise<number> {
    const end = Date.now() + timeout;
    for (;;) {
      const [id] = await findAll(this.page, this.testId);
      if (id !== undefined) return id;
      if (Date.now() > end)
        throw new Error(`no element with data-testid="${this.testId}" (closed shadow roots included)`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async waitFor(opts: { timeout?: number } = {}): Promise<void> {
    await this.node(opts.timeout);
  }

  async textContent(): Promise<string | null> {
    const cdp = await cdpOf(this.page);
    const { object } = (await cdp.send("DOM.resolveNode", { backendNodeId: await this.node() })) as {
      object: { objectId: string };
    };
    const { result } = (await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      functionDeclaration: "function () { return this.textContent; }",
      returnByValue: true,
    })) as { result: { value: string | null } };
    return result.value;
  }

  /** A real mouse click at the element's centre (isTrusted in the page). */
  async click(): Promise<void> {
    const cdp = await cdpOf(this.page);
    const backendNodeId = await this.node();
    await cdp.send("DOM.scrollIntoViewIfNeeded", { backendNodeId });
    const { model } = (await cdp.send("DOM.getBoxModel", { backendNodeId })) as { model: { content: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}
