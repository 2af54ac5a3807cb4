import type { AgentExecutionRecord, AgentStats, AgentStatsQuery, AgentStatsRow } from './agent-storage.js';

/** Cost sums are rounded to this many decimals, so SQL and in-code sums (added in any order) agree. */
const costDecimals = 9;

/** Rounds a dollar sum as {@link AgentStatsRow.costUsd} is stored. */
export const roundCost = (costUsd: number): number => Number(costUsd.toFixed(costDecimals));

/**
 * Nearest-rank percentile of sorted values: the first value whose rank / count reaches `fraction`,
 * compared as Postgres's `percentile_disc` does (no `ceil(fraction * count)`, which rounding can push one rank up).
 */
export function nearestRank(sorted: readonly number[], fraction: number): number {
  for (let rank = 1; rank <= sorted.length; rank++) if (rank / sorted.length >= fraction) return sorted[rank - 1]!;
  return sorted.at(-1) ?? 0;
}

/**
 * An agent's analytics computed in code from its executions: the definition the SQL storage's
 * query follows, used by the memory storage and by the conformance suite to check any storage.
 *
 * @example
 * const stats = computeAgentStats('agent-1', executions, { from: '2026-01-01' });
 */
export function computeAgentStats(agentId: string, executions: readonly AgentExecutionRecord[], query: AgentStatsQuery = {}): AgentStats {
  const counted = executions.filter((execution) => {
    if (execution.agentId !== agentId || execution.status === 'running') return false;
    const day = execution.startedAt.slice(0, 10);
    return (query.version === undefined || execution.version === query.version) && (query.from === undefined || day >= query.from) && (query.to === undefined || day <= query.to);
  });
  const groups = new Map<string, AgentExecutionRecord[]>();
  for (const execution of counted) {
    const key = `${execution.startedAt.slice(0, 10)}\n${String(execution.version).padStart(10, '0')}`;
    groups.set(key, [...(groups.get(key) ?? []), execution]);
  }
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, group]): AgentStatsRow => {
      const latencies = group.map((execution) => execution.latencyMs ?? 0).sort((a, b) => a - b);
      const succeeded = group.filter((execution) => execution.status === 'succeeded').length;
      const sum = (pick: (execution: AgentExecutionRecord) => number) => group.reduce((total, execution) => total + pick(execution), 0);
      return {
        day: group[0]!.startedAt.slice(0, 10),
        version: group[0]!.version,
        executions: group.length,
        succeeded,
        failed: group.length - succeeded,
        successRate: succeeded / group.length,
        p50LatencyMs: nearestRank(latencies, 0.5),
        p95LatencyMs: nearestRank(latencies, 0.95),
        inputTokens: sum((execution) => execution.inputTokens),
        outputTokens: sum((execution) => execution.outputTokens),
        costUsd: roundCost(sum((execution) => execution.costUsd)),
        toolCalls: sum((execution) => execution.toolCalls),
      };
    });
  const errors = new Map<string, number>();
  for (const execution of counted) if (execution.error) errors.set(execution.error.code, (errors.get(execution.error.code) ?? 0) + 1);
  const topErrors = [...errors.entries()]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1))
    .slice(0, 10);
  return { agentId, rows, topErrors };
}
