import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Context, Hono } from 'hono';
import { parse } from 'yaml';

// openapi.yaml is the one source of truth: routes are registered by operationId from it, and every
// request is validated against its parameters and request body schemas before a handler runs.

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: object;
}

interface Operation {
  operationId?: string;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: object }> };
}

interface OpenApiDocument {
  paths?: Record<string, Record<string, Operation> & { parameters?: Array<Parameter | { $ref: string }> }>;
  components?: Record<string, Record<string, unknown>>;
}

/** openapi.yaml, parsed. */
export const spec = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as OpenApiDocument;

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof methods)[number];

/** A request that matched its operation's schemas: path and query parameters converted to their types, the parsed JSON body. */
export interface ValidRequest<Body = unknown> {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Body;
}

export type OperationHandler<Body = unknown> = (c: Context, request: ValidRequest<Body>) => Response | Promise<Response>;

const bodies = new Ajv2020({ strict: false, allErrors: true });
const parameters = new Ajv2020({ strict: false, allErrors: true, coerceTypes: true });
for (const ajv of [bodies, parameters]) {
  addFormats(ajv);
  ajv.addSchema(spec as object, 'openapi', undefined, false);
}

/**
 * Registers the handler of a spec operation: its method and path come from openapi.yaml, and the
 * request is validated against the operation's parameters and body first (400 with the issues when
 * it does not match). Throws at startup when the spec has no such operationId.
 *
 * @example
 * implement<NewTodo>(app, 'createTodo', (c, { body }) => c.json(todos.create({ ...body, done: false }), 201));
 */
export function implement<Body = unknown>(app: Hono, operationId: string, handler: OperationHandler<Body>): void {
  const found = findOperation(operationId);
  if (!found) throw new Error(`openapi.yaml has no operation with operationId "${operationId}"`);
  const { method, path, operation, pathParameters } = found;
  const declared = [...pathParameters, ...(operation.parameters ?? [])].map(resolveParameter);
  const pathSchema = parameterSchema(declared.filter((parameter) => parameter.in === 'path'));
  const querySchema = parameterSchema(declared.filter((parameter) => parameter.in === 'query'));
  const bodyPointer = `#/paths/${pointerPart(path)}/${method}/requestBody/content/application~1json/schema`;
  const validateBody: ValidateFunction | undefined = operation.requestBody?.content?.['application/json']?.schema ? bodies.compile({ $ref: `openapi${bodyPointer}` }) : undefined;
  const validatePath = parameters.compile(pathSchema);
  const validateQuery = parameters.compile(querySchema);

  app.on(method.toUpperCase(), path.replace(/\{([^}]+)\}/g, ':$1'), async (c) => {
    const params: Record<string, unknown> = { ...c.req.param() };
    const query: Record<string, unknown> = { ...c.req.query() };
    const issues = [...problems('path', validatePath, params), ...problems('query', validateQuery, query)];
    let body: unknown;
    if (validateBody) {
      const text = await c.req.text();
      if (text.trim() === '') {
        if (operation.requestBody?.required) issues.push('body: a JSON body is required');
      } else {
        try {
          body = JSON.parse(text);
          issues.push(...problems('body', validateBody, body));
        } catch {
          issues.push('body: is not valid JSON');
        }
      }
    }
    if (issues.length > 0) return c.json({ error: 'ValidationError', message: 'The request does not match the API description', issues }, 400);
    return handler(c, { params, query, body: body as Body });
  });
}

function findOperation(operationId: string) {
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of methods) {
      const operation = item[method] as Operation | undefined;
      if (operation?.operationId === operationId) return { method: method as Method, path, operation, pathParameters: item.parameters ?? [] };
    }
  }
  return undefined;
}

function resolveParameter(parameter: Parameter | { $ref: string }): Parameter {
  if (!('$ref' in parameter)) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  return spec.components?.parameters?.[name] as Parameter;
}

function parameterSchema(list: Parameter[]): object {
  return {
    type: 'object',
    properties: Object.fromEntries(list.map((parameter) => [parameter.name, parameter.schema ?? {}])),
    required: list.filter((parameter) => parameter.required || parameter.in === 'path').map((parameter) => parameter.name),
    components: spec.components,
  };
}

function problems(where: string, validate: ValidateFunction, value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${where}${error.instancePath || ''}: ${error.message ?? 'is invalid'}`);
}

function pointerPart(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}
