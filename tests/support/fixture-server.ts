import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";

// Serves the saved-page fixtures (tests/fixtures/pages/<board>/<name>.html) on 127.0.0.1 at paths
// that look like the boards, so the content script sees a board-like page without any network.
export const PAGES_DIR = resolve(import.meta.dirname, "../fixtures/pages");

/** Board-like path → fixture file (relative to PAGES_DIR). */
export const boardRoutes: Record<string, string> = {
  "/greenhouse/acme/jobs/123": "greenhouse/job.html",
  "/greenhouse/acme/jobs/124": "greenhouse/job-legacy.html",
  "/greenhouse/acme/closed/1": "greenhouse/board-closed.html",
  "/lever/acme/5f1c2a9e-1111-4c53-9a3e-6b1f3a2c9d10": "lever/job.html",
  "/linkedin/jobs/view/4012345678": "linkedin/job-view.html",
  "/linkedin/jobs/search": "linkedin/search-pane.html",
  "/indeed/viewjob": "indeed/viewjob.html",
  "/careers/jobs/backend-engineer": "jsonld/career-site.html",
};

export interface FixtureServer {
  url: string;
  /** absolute URL of a board-like path */
  urlFor(path: string): string;
  close(): Promise<void>;
}

/** Serves boardRoutes, `/pages/<board>/<file>` for any fixture, `/spa/jobs/<n>` (a pushState SPA) and `/blank`. */
export async function startFixtureServer(extra: Record<string, string> = {}): Promise<FixtureServer> {
  const routes: Record<string, string> = { ...boardRoutes, ...extra };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const html = pageFor(path, routes);
    if (html === null) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    urlFor: (path) => url + path,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function pageFor(path: string, routes: Record<string, string>): string | null {
  const routed = routes[path];
  if (routed) return readFixture(routed);
  const direct = path.match(/^\/pages\/([\w-]+)\/([\w.-]+\.html)$/);
  if (direct) return readFixture(`${direct[1]}/${direct[2]}`);
  if (path.startsWith("/spa/")) return spaPage();
  if (path === "/blank") return "<!doctype html><title>Nothing here</title><h1>Just a page</h1><p>No job here.</p>";
  return null;
}

function readFixture(rel: string): string | null {
  const file = join(PAGES_DIR, rel);
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

const spaJobs = [
  { title: "Platform Engineer", company: "Orbit Labs", city: "Berlin" },
  { title: "Data Engineer", company: "Orbit Labs", city: "Munich" },
];

/** A career-site SPA: links switch the posting with pushState and rewrite the JSON-LD, no reload. */
function spaPage(): string {
  const ld = (i: number) => {
    const j = spaJobs[i]!;
    return JSON.stringify({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: j.title,
      hiringOrganization: { "@type": "Organization", name: j.company },
      jobLocation: { "@type": "Place", address: { addressLocality: j.city, addressCountry: "DE" } },
      description: `<p>${j.title} at ${j.company}. You will build TypeScript services and PostgreSQL pipelines.</p>`,
      datePosted: "2026-11-20",
      employmentType: "FULL_TIME",
    });
  };
  return `<!doctype html><html><head><title>Orbit Labs careers</title>
<script type="application/ld+json" id="ld">${ld(0)}</script></head>
<body><nav><a href="/spa/jobs/1" data-job="0">Job 1</a> <a href="/spa/jobs/2" data-job="1">Job 2</a></nav>
<main><h1 id="title">${spaJobs[0]!.title}</h1><p id="desc">${spaJobs[0]!.title} at Orbit Labs.</p></main>
<script>
const jobs = ${JSON.stringify(spaJobs.map((_, i) => ld(i)))};
function show(i) {
  const j = JSON.parse(jobs[i]);
  document.getElementById("ld").textContent = jobs[i];
  document.getElementById("title").textContent = j.title;
  document.getElementById("desc").textContent = j.title + " at Orbit Labs.";
}
const initial = location.pathname.endsWith("/2") ? 1 : 0;
show(initial);
document.querySelectorAll("a[data-job]").forEach((a) => a.addEventListener("click", (e) => {
  e.preventDefault();
  history.pushState({}, "", a.getAttribute("href"));
  show(Number(a.dataset.job));
}));
</script></body></html>`;
}
