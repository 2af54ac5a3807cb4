import { expect } from 'vitest';
import { BuildwrightError, type BuildwrightErrorCode } from '@buildwright/client';

/** Awaits a promise that must reject with a BuildwrightError of `code`, and returns the error. */
export async function expectCode(promise: Promise<unknown>, code: BuildwrightErrorCode): Promise<BuildwrightError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(BuildwrightError.isInstance(error), `expected a BuildwrightError with code ${code}, got ${String(error)}`).toBe(true);
  expect((error as BuildwrightError).code).toBe(code);
  return error as BuildwrightError;
}
