import type { DeployEvent, DeployEventPayloads, DeployEventType } from '@buildwright/client';
import { z } from 'zod';

export type { DeployEvent, DeployEventType } from '@buildwright/client';

const base = { deploymentId: z.string(), projectId: z.string(), at: z.string() };
const deployEvent = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), ...base, ...shape }).strict();
const of = { target: z.string(), versionNumber: z.number().int().positive() };

/** Zod schema of every deploy event, by type (deploys happen outside runs: no `runId`, no `seq`). */
export const deployEventSchemas = {
  'deploy.started': deployEvent('deploy.started', { ...of, warnings: z.array(z.string()) }),
  'deploy.ready': deployEvent('deploy.ready', { ...of, url: z.string(), aliasUrl: z.string().nullable() }),
  'deploy.failed': deployEvent('deploy.failed', { ...of, code: z.string(), message: z.string() }),
} as const;

/** Zod schema accepting any deploy event. */
export const deployEventSchema = z.discriminatedUnion('type', [deployEventSchemas['deploy.started'], deployEventSchemas['deploy.ready'], deployEventSchemas['deploy.failed']]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchTypes: { [T in DeployEventType]: Same<z.infer<(typeof deployEventSchemas)[T]>, Extract<DeployEvent, { type: T }>> } = {
  'deploy.started': true,
  'deploy.ready': true,
  'deploy.failed': true,
};
void schemasMatchTypes;
const schemasCoverTypes: Same<keyof typeof deployEventSchemas, keyof DeployEventPayloads> = true;
void schemasCoverTypes;

/**
 * Parses an unknown value as a deploy event, throwing a ZodError when it is not one.
 *
 * @example
 * const event = parseDeployEvent(JSON.parse(line));
 * if (event.type === 'deploy.ready') console.log(event.url);
 */
export function parseDeployEvent(value: unknown): DeployEvent {
  return deployEventSchema.parse(value) as DeployEvent;
}
