import type { Transcript } from '../../protocol/transcript.js';
import type { LlmAdapter } from '../../spec/llm.js';

/**
 * A failure the upstream (the provider's API as the suite scripts it) plays for one call, before
 * answering with a turn. Faults name what happens, not a wire format: an OpenAI-compatible
 * upstream plays `rate-limited` as a 429 with `retry-after`, an Anthropic one as its own 429.
 */
export type LlmSpecFault =
  /** HTTP 429 (a rate limit, retryable), with a `retry-after` in seconds when given. */
  | { type: 'rate-limited'; message: string; retryAfterSeconds?: number }
  /** HTTP 401: the key is wrong. */
  | { type: 'unauthorized'; message: string }
  /** HTTP 400: the prompt is longer than the model's context window. */
  | { type: 'context-too-long'; message: string }
  /** HTTP 4xx the caller must fix, e.g. an unknown model (404). */
  | { type: 'bad-request'; status: number; message: string }
  /** HTTP 5xx. */
  | { type: 'server-error'; status: number; message: string }
  /** The answer starts streaming, then the connection is lost after `afterChunks` pieces. The turn stays for the retry. */
  | { type: 'cut'; afterChunks: number }
  /** The answer starts streaming, then goes silent after `afterChunks` pieces until the client hangs up. The turn stays. */
  | { type: 'stall'; afterChunks: number }
  /** The answer ends cleanly after `afterChunks` pieces, without its finish. The turn stays. */
  | { type: 'truncate'; afterChunks: number }
  /** The stream carries a piece that is not valid in the wire format (e.g. not JSON). */
  | { type: 'malformed' };

/** What one case of {@link runLlmSpec} needs the factory to set up. */
export interface LlmSpecScenario {
  /** Turns the upstream answers with, one per call, in order (ignore their `node`). */
  transcript: Transcript;
  /** Faults the upstream plays first, one per call. Empty unless the suite runs with `faults: true`. */
  faults: LlmSpecFault[];
  /** Whether the upstream reports usage (false: the adapter must estimate it). */
  reportsUsage: boolean;
  /** Retries the adapter may make after a retryable failure. */
  maxRetries: number;
  /** First backoff wait of a retry without `retry-after`; keep the adapter's jittered backoff around it. */
  retryDelayMs: number;
  /** Longest silence before an attempt fails with LLM_TIMEOUT. */
  timeoutMs: number;
}

/** The adapter under test facing one scenario's upstream. */
export interface LlmSpecSubject {
  llm: LlmAdapter;
  /**
   * The calls that reached the upstream so far, each with `closed` once its connection ended.
   * Optional: when given, the suite also checks "not retried", "no call made" and "hung up".
   */
  upstreamCalls?: () => readonly { closed: boolean }[];
  /** Stops the upstream after the case. */
  close?: () => Promise<void>;
}

/** Builds the adapter under test against an upstream that plays the scenario. */
export type LlmSpecFactory = (scenario: LlmSpecScenario) => LlmSpecSubject | Promise<LlmSpecSubject>;

/** What the adapter under test can do; each capability turns on its part of {@link runLlmSpec}. */
export interface LlmSpecOptions {
  /** Suite name (defaults to `adapter`). */
  name?: string;
  /** The factory can play upstream faults (HTTP errors, cuts, stalls, malformed output). Default true. */
  faults?: boolean;
  /** The upstream streams text in several pieces, so the adapter yields several text deltas. Default true. */
  streams?: boolean;
  /**
   * The adapter tells an answer that ended without its finish (a truncated stream) from a whole
   * one, and retries it. Turn off, saying why, for adapters whose upstream reports no finish. Default true.
   */
  detectsTruncation?: boolean;
  /**
   * Tool calls travel as tagged text inside the answer (`toolMode: 'text'`): call ids are the
   * adapter's own, and whitespace around the tags may surround the prose. Default false.
   */
  toolCallsInText?: boolean;
}
