import type { Template } from '../spec/template.js';

/** Most tokens of a template's guidance the system prompt takes; the rest is cut with a note. */
export const maxGuidanceTokens = 1_200;

/** Rough token count of a text (four characters a token, as the usage estimates count). */
export function estimateTextTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * The part of a template's guidance that goes into the system prompt: all of it up to
 * `maxGuidanceTokens`, else cut at the last line break before the cap with a note saying so.
 * Empty when the template has none.
 *
 * @example
 * templateGuidance(reactViteTemplate).tokens; // ≤ maxGuidanceTokens
 */
export function templateGuidance(template: Template): { text: string; tokens: number; truncated: boolean } {
  const guidance = template.guidance?.trim() ?? '';
  if (estimateTextTokens(guidance) <= maxGuidanceTokens) return { text: guidance, tokens: estimateTextTokens(guidance), truncated: false };
  const cut = guidance.slice(0, maxGuidanceTokens * 4 - 80);
  const lastBreak = cut.lastIndexOf('\n');
  const text = `${lastBreak > cut.length / 2 ? cut.slice(0, lastBreak) : cut}\n(guidance cut at ${maxGuidanceTokens} tokens)`;
  return { text, tokens: estimateTextTokens(text), truncated: true };
}
