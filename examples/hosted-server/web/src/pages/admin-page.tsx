import { useState } from 'react';
import { api } from '../api.js';
import { ErrorNote, useApi } from '../use-api.js';

interface Account {
  id: string;
  email: string;
  role: string;
  plan: string;
  disabled: boolean;
}

interface DayUsage {
  userId: string;
  generations: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

const plans = ['free', 'pro', 'team'];
const roles = ['USER', 'RESELLER', 'ADMIN'];

/** Every account (ADMIN only): plan, role, disabled, and today's usage; changes apply at once. */
export function AdminPage() {
  const users = useApi<{ users: Account[] }>('/admin/users?limit=200');
  const usage = useApi<{ day: string; usage: DayUsage[] }>('/admin/usage?limit=200');
  const [failure, setFailure] = useState<unknown>(null);
  const change = (id: string, changes: Partial<Pick<Account, 'plan' | 'role' | 'disabled'>>) => api('PATCH', `/admin/users/${id}`, changes).then(() => (users.reload(), usage.reload()), setFailure);
  const today = new Map(usage.data?.usage.map((row) => [row.userId, row]));
  return (
    <section className="card">
      <h1>Accounts</h1>
      <ErrorNote error={users.error ?? usage.error ?? failure} />
      <table>
        <thead>
          <tr>
            <th>Email</th>
            <th>Role</th>
            <th>Plan</th>
            <th>Generations {usage.data?.day}</th>
            <th>Tokens</th>
            <th>Disabled</th>
          </tr>
        </thead>
        <tbody>
          {users.data?.users.map((user) => (
            <tr key={user.id}>
              <td>{user.email}</td>
              <td>
                <select aria-label={`Role of ${user.email}`} value={user.role} onChange={(event) => change(user.id, { role: event.target.value })}>
                  {roles.map((role) => (
                    <option key={role}>{role}</option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label={`Plan of ${user.email}`} value={user.plan} onChange={(event) => change(user.id, { plan: event.target.value })}>
                  {plans.map((plan) => (
                    <option key={plan}>{plan}</option>
                  ))}
                </select>
              </td>
              <td>{today.get(user.id)?.generations ?? 0}</td>
              <td>{(today.get(user.id)?.inputTokens ?? 0) + (today.get(user.id)?.outputTokens ?? 0)}</td>
              <td>
                <input type="checkbox" aria-label={`Disable ${user.email}`} checked={user.disabled} onChange={(event) => change(user.id, { disabled: event.target.checked })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
