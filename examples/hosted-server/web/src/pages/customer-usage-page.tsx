import { useState } from 'react';
import { ErrorNote, useApi } from '../use-api.js';

interface DayUsage {
  day: string;
  generations: number;
  inputTokens: number;
  outputTokens: number;
}

interface CustomerUsage {
  id: string;
  email: string;
  plan: string;
  disabled: boolean;
  days: DayUsage[];
}

const spans = [7, 14, 30];

/**
 * Customer usage (RESELLER): every account the reseller created, its plan in force, and its
 * generations and tokens per UTC day (today first), from `GET /reseller/usage` — which lists the
 * reseller's own customers and no others.
 */
export function CustomerUsagePage() {
  const [span, setSpan] = useState(7);
  const { data, error } = useApi<{ days: string[]; customers: CustomerUsage[] }>(`/reseller/usage?days=${span}`);
  return (
    <section className="card">
      <h1>Customer usage</h1>
      <label className="span">
        Days
        <select value={span} onChange={(event) => setSpan(Number(event.target.value))}>
          {spans.map((days) => (
            <option key={days} value={days}>
              last {days}
            </option>
          ))}
        </select>
      </label>
      <ErrorNote error={error} />
      {data && data.customers.length === 0 && <p>No customers yet: create them on Customers &amp; licences.</p>}
      {data && data.customers.length > 0 && (
        <div className="scroll">
          <table aria-label="Customer usage">
            <thead>
              <tr>
                <th>Customer</th>
                <th>Plan</th>
                {data.days.map((day) => (
                  <th key={day}>{day.slice(5)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.customers.map((customer) => (
                <tr key={customer.id} data-customer={customer.email}>
                  <td>
                    {customer.email}
                    {customer.disabled && ' (disabled)'}
                  </td>
                  <td>{customer.plan}</td>
                  {customer.days.map((day) => (
                    <td key={day.day} data-day={day.day} data-generations={day.generations} data-tokens={day.inputTokens + day.outputTokens}>
                      {day.generations} gen · {day.inputTokens + day.outputTokens} tok
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>Days are UTC; tokens are input plus output tokens of every model call.</p>
    </section>
  );
}
