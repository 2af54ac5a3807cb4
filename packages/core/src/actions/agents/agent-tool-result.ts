/** The answer of one tool call of an agent, as the model sees it. */
export interface AgentToolResult {
  ok: boolean;
  /** HTTP status of an HTTP tool; `null` for other tools and when no response came. */
  status: number | null;
  content: string;
}
