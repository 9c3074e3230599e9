import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import { render } from "@react-email/render";
import type { DigestView } from "./render.ts";

// The digest as a React Email template: components render to the table layout with inline styles that mail
// clients need, and React escapes every value (titles and companies come from job boards).

const font = "Arial, Helvetica, sans-serif";
const muted = { color: "#5f6368", fontSize: "13px", margin: "2px 0 0", fontFamily: font };

function scoreColor(score: number): string {
  if (score >= 75) return "#137333";
  if (score >= 55) return "#8a6d00";
  return "#5f6368";
}

function Item({ it }: { it: DigestView["items"][number] }) {
  return (
    <Section style={{ padding: "14px 16px", borderBottom: "1px solid #e8eaed" }}>
      <table role="presentation" width="100%" cellPadding={0} cellSpacing={0}>
        <tbody>
          <tr>
            <td valign="top" style={{ fontFamily: font }}>
              <Link
                href={it.url}
                style={{ fontSize: "16px", fontWeight: "bold", color: "#1a0dab", textDecoration: "none" }}
              >
                {it.title}
              </Link>
              <Text style={{ fontSize: "14px", color: "#1a1a1a", margin: "2px 0 0", fontFamily: font }}>
                {it.company}
              </Text>
              <Text style={muted}>{it.location}</Text>
              {it.salary ? (
                <Text style={{ ...muted, color: it.salaryEstimated ? "#5f6368" : "#1a1a1a", paddingTop: "4px" }}>
                  {it.salary}
                </Text>
              ) : null}
              {it.whyFit ? <Text style={{ ...muted, color: "#3c4043", paddingTop: "4px" }}>{it.whyFit}</Text> : null}
            </td>
            <td valign="top" align="right" width={72} style={{ fontFamily: font, paddingLeft: "8px" }}>
              <Text style={{ fontSize: "20px", fontWeight: "bold", color: scoreColor(it.score), margin: 0 }}>
                {it.score}
              </Text>
              <Text style={{ fontSize: "11px", color: "#5f6368", margin: 0 }}>score</Text>
              <Button
                href={it.trackUrl}
                style={{
                  marginTop: "8px",
                  padding: "6px 12px",
                  background: "#111111",
                  color: "#ffffff",
                  fontSize: "13px",
                  borderRadius: "4px",
                }}
              >
                Track
              </Button>
            </td>
          </tr>
        </tbody>
      </table>
    </Section>
  );
}

export function DigestEmail({ view, subject }: { view: DigestView; subject: string }) {
  const n = view.items.length;
  return (
    <Html lang="en">
      <Head>
        <title>{subject}</title>
      </Head>
      <Preview>{subject}</Preview>
      <Body style={{ margin: 0, padding: "16px 8px", background: "#f6f7f9" }}>
        <Container
          style={{ maxWidth: "600px", background: "#ffffff", border: "1px solid #e8eaed", borderRadius: "6px" }}
        >
          <Section style={{ padding: "18px 16px", borderBottom: "1px solid #e8eaed" }}>
            <Heading as="h1" style={{ fontSize: "20px", color: "#1a1a1a", margin: 0, fontFamily: font }}>
              Your Vanta digest
            </Heading>
            <Text style={muted}>
              {view.dayLabel} · {n} new posting{n === 1 ? "" : "s"}, best fit first
            </Text>
          </Section>
          {view.items.map((it) => (
            <Item key={it.postingId} it={it} />
          ))}
          {view.tasks.length > 0 ? (
            <Section style={{ padding: "14px 16px", borderBottom: "1px solid #e8eaed" }}>
              <Heading as="h2" style={{ fontSize: "16px", color: "#1a1a1a", margin: "0 0 6px", fontFamily: font }}>
                Due today
              </Heading>
              {view.tasks.map((t) => (
                <Text key={t.id} style={{ fontSize: "14px", color: "#1a1a1a", margin: "6px 0 0", fontFamily: font }}>
                  <strong>{t.title}</strong>
                  {t.detail ? <span style={{ color: "#5f6368" }}> — {t.detail}</span> : null}
                </Text>
              ))}
            </Section>
          ) : null}
          <Section style={{ padding: "14px 16px" }}>
            <Text style={{ ...muted, fontSize: "12px" }}>
              Salaries marked “est.” are estimates from similar postings.
            </Text>
            <Hr style={{ borderColor: "#e8eaed" }} />
            <Text style={{ ...muted, fontSize: "12px" }}>
              <Link href={view.snoozeUrl} style={{ color: "#5f6368" }}>
                Snooze for 7 days
              </Link>{" "}
              ·{" "}
              <Link href={view.unsubscribeUrl} style={{ color: "#5f6368" }}>
                Unsubscribe from digest emails
              </Link>{" "}
              (you will still see digests in Vanta)
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function renderDigestEmail(view: DigestView, subject: string): Promise<string> {
  return render(<DigestEmail view={view} subject={subject} />);
}
