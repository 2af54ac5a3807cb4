import type { Check } from '@buildwright/core';
import { browserCheck } from './browser-check.js';
import type { BrowserCheckOptions } from './browser-check.js';
import { buildCheck } from './build-check.js';
import type { BuildCheckOptions } from './build-check.js';
import { importsCheck } from './imports-check.js';
import type { ImportsCheckOptions } from './imports-check.js';
import { installCheck } from './install-check.js';
import type { InstallCheckOptions } from './install-check.js';
import { validateCheck } from './validate-check.js';
import type { ValidateCheckOptions } from './validate-check.js';

/** Options of each web check; `false` leaves a check out. */
export interface WebChecksOptions {
  imports?: ImportsCheckOptions | false;
  install?: InstallCheckOptions | false;
  validate?: ValidateCheckOptions | false;
  build?: BuildCheckOptions | false;
  browser?: BrowserCheckOptions | false;
}

/**
 * The checks of a web project, in the order the run graph runs them: imports, install,
 * validate (types and lint), build, browser. The first failure goes to the fix step.
 *
 * @example
 * import { webChecks } from '@buildwright/adapters/checks';
 *
 * const builder = createBuilder({ llm, sandbox, storage, checks: webChecks({ validate: { typeErrors: 'advisory' } }) });
 */
export function webChecks(options: WebChecksOptions = {}): Check[] {
  const checks: Check[] = [];
  if (options.imports !== false) checks.push(importsCheck(options.imports));
  if (options.install !== false) checks.push(installCheck(options.install));
  if (options.validate !== false) checks.push(validateCheck(options.validate));
  if (options.build !== false) checks.push(buildCheck(options.build));
  if (options.browser !== false) checks.push(browserCheck(options.browser));
  return checks.map((check) => ({ ...check, kinds: check.kinds ?? ['web', 'dapp'] }));
}
