import type { AnalyticsSummary } from "@vanta/shared/analytics/compute";
import { stageLabels } from "@vanta/shared/stages";
import { useEffect, useState } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { api, errorMessage } from "@/lib/api.ts";
import "./follow.css";

const W = 440;
const H = 220;
const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);
const label = (stage: string) =>
  (stageLabels as Record<string, string>)[stage] ?? stage[0]?.toUpperCase() + stage.slice(1);

type Group = AnalyticsSummary["bySource"][number];

/** Response rate per group (source, fit band, resume version), with applied/responded under each bar. */
function RateChart({ title, groups, testId }: { title: string; groups: Group[]; testId: string }) {
  const data = groups.map((g) => ({ ...g, rate: g.responseRate === null ? 0 : Math.round(g.responseRate * 100) }));
  return (
    <section className="card stack" data-testid={testId}>
      <h2>{title}</h2>
      {data.length === 0 ? (
        <div className="hint">No applications yet.</div>
      ) : (
        <>
          <BarChart width={W} height={H} data={data}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="key" />
            <YAxis unit="%" domain={[0, 100]} />
            <Tooltip formatter={(v) => `${v}%`} />
            <Bar dataKey="rate" name="Response rate" fill="#4f46e5" isAnimationActive={false}>
              <LabelList dataKey="rate" position="top" formatter={(v) => `${v}%`} />
            </Bar>
          </BarChart>
          <table className="hint">
            <tbody>
              {groups.map((g) => (
                <tr key={g.key}>
                  <td>{g.key}</td>
                  <td>
                    {g.responded}/{g.applied} responded ({pct(g.responseRate)})
                  </td>
                  <td>
                    {g.medianDaysToResponse === null ? "" : `median ${g.medianDaysToResponse.toFixed(1)} d to respond`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** analytics.summary as charts: funnel with conversions, response rates by group, time in stage, weekly activity. */
export function AnalyticsPage() {
  const [summary, setSummary] = useState<AnalyticsSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.analytics.summary
      .query()
      .then(setSummary)
      .catch((e) => setError(errorMessage(e)));
  }, []);

  if (error) return <div className="notice error">{error}</div>;
  if (!summary) return <div className="skeleton" style={{ height: 200 }} />;

  const funnel = summary.funnel.map((f) => ({ ...f, name: label(f.stage) }));
  const stages = summary.timeInStage.map((t) => ({ ...t, name: label(t.stage), days: t.meanDays ?? 0 }));
  return (
    <div className="stack" data-testid="analytics-page">
      <p className="muted">
        Overall response rate <strong data-testid="response-rate">{pct(summary.responseRate)}</strong>
        {summary.medianDaysToResponse !== null &&
          `, median ${summary.medianDaysToResponse.toFixed(1)} days to the first response`}
        .
      </p>
      <div className="charts">
        <section className="card stack" data-testid="funnel-chart">
          <h2>Funnel</h2>
          <BarChart width={W} height={H} data={funnel} layout="vertical" margin={{ left: 20, right: 40 }}>
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={80} />
            <Tooltip />
            <Bar dataKey="count" name="Applications" fill="#4f46e5" isAnimationActive={false}>
              <LabelList dataKey="count" position="right" />
            </Bar>
          </BarChart>
          <ol className="hint" data-testid="funnel-conversions">
            {funnel.map((f) => (
              <li key={f.stage}>
                {f.name}: {f.count}
                {f.conversion !== null && ` (${pct(f.conversion)} of the previous stage)`}
              </li>
            ))}
          </ol>
        </section>
        <RateChart title="Response rate by source" groups={summary.bySource} testId="by-source" />
        <RateChart title="Response rate by fit score" groups={summary.byScoreBand} testId="by-score" />
        <RateChart title="Response rate by resume version" groups={summary.byResumeVersion} testId="by-resume" />
        <section className="card stack" data-testid="time-in-stage">
          <h2>Time in each stage (mean days)</h2>
          <BarChart width={W} height={H} data={stages}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" />
            <YAxis />
            <Tooltip formatter={(v) => `${Number(v).toFixed(1)} d`} />
            <Bar dataKey="days" name="Mean days" fill="#15803d" isAnimationActive={false} />
          </BarChart>
        </section>
        <section className="card stack" data-testid="activity-chart">
          <h2>Activity per week</h2>
          <LineChart width={W} height={H} data={summary.activityByWeek}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Line dataKey="events" name="Events" stroke="#4f46e5" isAnimationActive={false} />
          </LineChart>
        </section>
      </div>
    </div>
  );
}
