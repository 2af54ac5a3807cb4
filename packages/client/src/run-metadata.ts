import { BuildwrightError } from './buildwright-error.js';

/** A JSON value (what survives `JSON.stringify` → `JSON.parse` unchanged). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Data a client sends with a run for the host's hooks (`beforeRun` gets it as `request.metadata`):
 * a project setting, a plan name, a feature flag. A JSON object of at most
 * {@link maxRunMetadataBytes} bytes; the engine passes it on and never reads it.
 */
export type RunMetadata = { readonly [key: string]: JsonValue };

/** The largest run metadata accepted, in bytes of its JSON. */
export const maxRunMetadataBytes = 8_192;

/**
 * Checks that `value` is run metadata (a plain JSON object, at most {@link maxRunMetadataBytes}
 * bytes as JSON) and returns it; otherwise throws `RUN_METADATA_INVALID` saying what to change.
 * The client checks before sending and the engine checks again at its boundary.
 *
 * @example
 * const metadata = parseRunMetadata({ plan: 'pro', locale: 'de' });
 */
export function parseRunMetadata(value: unknown): RunMetadata {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) {
    throw invalid(`metadata must be a plain JSON object (got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}); wrap the value, e.g. { value: ... }.`);
  }
  const problem = jsonProblem(value, 'metadata');
  if (problem) throw invalid(`${problem}; send only strings, finite numbers, booleans, null, arrays and plain objects.`);
  const bytes = new TextEncoder().encode(JSON.stringify(value)).byteLength;
  if (bytes > maxRunMetadataBytes) {
    throw invalid(`metadata is ${bytes} bytes as JSON, more than the ${maxRunMetadataBytes} allowed; send ids and look the rest up in your hook.`, { bytes, max: maxRunMetadataBytes });
  }
  return value as RunMetadata;
}

function invalid(message: string, details: Record<string, unknown> = {}): BuildwrightError {
  return new BuildwrightError({ code: 'RUN_METADATA_INVALID', message: `Invalid run metadata: ${message}`, details });
}

/** The path of the first value that is not JSON, or null. Depth is bounded so a cycle cannot recurse forever. */
function jsonProblem(value: unknown, path: string, depth = 0): string | null {
  if (depth > 32) return `${path} is nested more than 32 levels deep`;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} is ${value}, not a finite number`;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = jsonProblem(item, `${path}[${index}]`, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const problem = jsonProblem(item, `${path}.${key}`, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  return `${path} is ${typeof value === 'object' ? 'an instance of a class' : `a ${typeof value}`}`;
}
