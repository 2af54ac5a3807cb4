import { BuildwrightError } from '@buildwright/core';
/** The part of an ABI parameter that decides how a JSON value is turned into a contract argument. */
export interface AbiParameterLike {
  name?: string;
  type: string;
  components?: readonly AbiParameterLike[];
}

/**
 * Turns JSON values (as written in `contracts/deploy.json` or a `data-bw-args` attribute) into the
 * values viem encodes for these ABI parameters: integers given as strings or numbers become
 * bigints (JSON has no bigint), arrays and tuples are converted element by element. Anything else
 * is passed through for viem to validate. Throws a plain Error naming the parameter when a value
 * cannot be an integer.
 *
 * @example
 * coerceArguments([{ type: 'string' }, { type: 'uint256' }], ['Token', '1000000000000000000000']); // ['Token', 1000000000000000000000n]
 */
export function coerceArguments(parameters: readonly AbiParameterLike[], values: readonly unknown[]): unknown[] {
  return parameters.map((parameter, index) => coerceValue(parameter, values[index], parameter.name || `argument ${index + 1}`));
}

function coerceValue(parameter: AbiParameterLike, value: unknown, label: string): unknown {
  const array = /^(.*)\[(\d*)\]$/.exec(parameter.type);
  if (array) {
    if (!Array.isArray(value)) return value;
    const inner = { ...parameter, type: array[1]! };
    return value.map((item, index) => coerceValue(inner, item, `${label}[${index}]`));
  }
  if (parameter.type === 'tuple' && parameter.components) {
    const components = parameter.components;
    if (Array.isArray(value)) return components.map((component, index) => coerceValue(component, value[index], `${label}.${component.name || index}`));
    if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      return Object.fromEntries(
        components.map((component, index) => [component.name || String(index), coerceValue(component, record[component.name || String(index)], `${label}.${component.name || index}`)]),
      );
    }
    return value;
  }
  if (/^u?int\d*$/.test(parameter.type)) {
    if (typeof value === 'bigint') return value;
    if ((typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?(?:\d+|0x[0-9a-fA-F]+)$/.test(value.trim()))) {
      return BigInt(typeof value === 'string' ? value.trim() : value);
    }
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `${label} must be an integer (${parameter.type}), given ${JSON.stringify(value)}: write big numbers as strings, e.g. "1000000000000000000000"`,
      details: { argument: label, type: parameter.type },
    });
  }
  return value;
}
