import { useApi, ErrorNote } from '../use-api.js';
import { ActivateLicence } from './activate-licence.js';

interface Usage {
  plan: string;
  limits: { generationsPerDay: number; tokensPerDay: number; tokensPerRun: number };
  days: Array<{ day: string; generations: number; inputTokens: number; outputTokens: number; costUsd: number }>;
}

/** The plan in force, its limits, and the usage of the last 7 UTC days (today first); a licence key activates a licence's plan. */
export function UsagePage() {
  const { data, error, reload } = useApi<Usage>('/usage?days=7');
  const today = data?.days[0];
  return (
    <>
      <section className="card">
        <h1>Usage and plan</h1>
        <ErrorNote error={error} />
        {data && today && (
          <>
            <p>
              Plan <strong data-testid="plan">{data.plan}</strong>: <span data-testid="generations-today">{today.generations}</span> of{' '}
              <span data-testid="generations-limit">{data.limits.generationsPerDay}</span> generations today, {today.inputTokens + today.outputTokens} of {data.limits.tokensPerDay} tokens (
              {data.limits.tokensPerRun} per run). Days are UTC.
            </p>
            <table>
              <thead>
                <tr>
                  <th>Day</th>
                  <th>Generations</th>
                  <th>Input tokens</th>
                  <th>Output tokens</th>
                  <th>Cost (USD)</th>
                </tr>
              </thead>
              <tbody>
                {data.days.map((day) => (
                  <tr key={day.day}>
                    <td>{day.day}</td>
                    <td>{day.generations}</td>
                    <td>{day.inputTokens}</td>
                    <td>{day.outputTokens}</td>
                    <td>{day.costUsd.toFixed(4)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <ActivateLicence onActivated={reload} />
    </>
  );
}
