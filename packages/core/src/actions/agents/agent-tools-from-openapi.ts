import { BuildwrightError } from '@buildwright/client';
import { agentHttpToolSchema, type AgentHttpTool } from '../../spec/agent-definition.js';

/** Options of {@link agentToolsFromOpenApi}. */
export interface AgentToolsFromOpenApiOptions {
  /** Where the API runs (`http://127.0.0.1:3000`, a deployment's URL); the spec's paths are appended to it. */
  baseUrl: string;
  /** The operationIds to turn into tools; default every operation the tools can call (see below). */
  operations?: readonly string[];
  /** Headers sent with every call (an API key). */
  headers?: Record<string, string>;
}

type Json = Record<string, unknown>;
const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** How deep `$ref`s are inlined; a schema that refers to itself is cut to `{}` past it. */
const maxRefDepth = 8;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns the operations of an OpenAPI 3 document (a Buildwright `api` project's `openapi.yaml`,
 * parsed, or any API's) into HTTP tools for an agent definition: one tool per operation, named by
 * its operationId, whose input schema holds its path and query parameters (GET, DELETE) or its
 * path parameters and JSON body properties (POST, PUT, PATCH), `$ref`s inlined. Operations the HTTP
 * tool cannot call (header or cookie parameters, query parameters beside a body, a body that is
 * not a JSON object) are left out, or refused with `INVALID_INPUT` when `operations` names them.
 *
 * @example
 * const spec = parse(await readFile('openapi.yaml', 'utf8'));
 * const tools = agentToolsFromOpenApi(spec, { baseUrl: 'http://127.0.0.1:3000', operations: ['createTodo', 'listTodos'] });
 * await builder.agents.create({ format: 'buildwright.agent/v1', name: 'Todo helper', instructions: '...', model: 'default', tools });
 */
export function agentToolsFromOpenApi(spec: unknown, options: AgentToolsFromOpenApiOptions): AgentHttpTool[] {
  if (!isObject(spec) || !isObject(spec['paths']))
    throw invalid('The OpenAPI document has no "paths" object. Pass the parsed document (JSON or YAML), e.g. a Buildwright api project\'s openapi.yaml.');
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw invalid(`baseUrl must be an absolute http(s) URL; got ${JSON.stringify(options.baseUrl)}.`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw invalid(`baseUrl must be an http(s) URL; got ${JSON.stringify(options.baseUrl)}.`);
  const root = base.href.replace(/\/+$/, '');
  const wanted = options.operations ? new Set(options.operations) : undefined;
  const tools: AgentHttpTool[] = [];
  const found = new Set<string>();
  for (const [path, item] of Object.entries(spec['paths'])) {
    if (!isObject(item)) continue;
    for (const method of methods) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const operationId = typeof operation['operationId'] === 'string' ? operation['operationId'] : `${method}${path.replace(/[^A-Za-z0-9]+/g, '_')}`;
      found.add(operationId);
      if (wanted && !wanted.has(operationId)) continue;
      const built = operationTool(spec, { path, method, operation, pathParameters: item['parameters'], operationId, url: `${root}${path}`, headers: options.headers });
      if (typeof built === 'string') {
        if (wanted) throw invalid(`Operation "${operationId}" cannot be an HTTP tool: ${built}.`);
        continue;
      }
      tools.push(built);
    }
  }
  const missing = [...(wanted ?? [])].filter((name) => !found.has(name));
  if (missing.length > 0) throw invalid(`The OpenAPI document has no operation ${missing.map((name) => `"${name}"`).join(', ')}. Its operations: ${[...found].join(', ') || 'none'}.`);
  return tools;
}

/** The tool of one operation, or why it cannot be one. */
function operationTool(
  spec: Json,
  input: { path: string; method: (typeof methods)[number]; operation: Json; pathParameters: unknown; operationId: string; url: string; headers: Record<string, string> | undefined },
): AgentHttpTool | string {
  const { operation, method } = input;
  const parameters = new Map<string, Json>();
  for (const list of [input.pathParameters, operation['parameters']]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const parameter = resolve(spec, entry, 0);
      if (isObject(parameter) && typeof parameter['name'] === 'string') parameters.set(`${String(parameter['in'])}:${parameter['name']}`, parameter);
    }
  }
  const properties: Json = {};
  const required: string[] = [];
  const hasBody = method === 'post' || method === 'put' || method === 'patch';
  for (const parameter of parameters.values()) {
    const name = parameter['name'] as string;
    if (parameter['in'] === 'header' || parameter['in'] === 'cookie') return `its ${String(parameter['in'])} parameter "${name}" cannot be sent by an HTTP tool`;
    if (parameter['in'] === 'query' && hasBody) return `its query parameter "${name}" would be sent in the JSON body (an HTTP tool sends a ${method.toUpperCase()}'s arguments as the body)`;
    properties[name] = inline(spec, parameter['schema'] ?? {}, 0);
    if (parameter['required'] === true || parameter['in'] === 'path') required.push(name);
  }
  const body = resolve(spec, operation['requestBody'], 0);
  const content = isObject(body) && isObject(body['content']) ? body['content'] : undefined;
  if (content) {
    const media = content['application/json'];
    if (!isObject(media)) return 'its request body is not application/json';
    const schema = inline(spec, media['schema'] ?? {}, 0);
    if (!isObject(schema) || !isObject(schema['properties'])) return 'its JSON body is not an object with properties';
    for (const [name, property] of Object.entries(schema['properties'])) {
      if (Object.hasOwn(properties, name)) return `its body property "${name}" has the name of a parameter`;
      properties[name] = property;
    }
    if (Array.isArray(schema['required']) && isObject(body) && body['required'] !== false) required.push(...schema['required'].filter((name): name is string => typeof name === 'string'));
  }
  const summary = [operation['summary'], operation['description']].find((text): text is string => typeof text === 'string' && text.trim() !== '');
  const tool = agentHttpToolSchema.safeParse({
    type: 'http',
    name: toolName(input.operationId),
    description: (summary ?? `${method.toUpperCase()} ${input.path}`).slice(0, 2_000),
    method: method.toUpperCase(),
    url: input.url,
    inputSchema: { type: 'object', properties, ...(required.length ? { required: [...new Set(required)] } : {}), additionalProperties: false },
    operationId: input.operationId,
    ...(input.headers ? { headers: input.headers } : {}),
  });
  return tool.success ? tool.data : `it does not make a valid tool (${tool.error.issues[0]?.message ?? 'invalid'})`;
}

/** A tool name from an operationId: letters, digits, `_` and `-`, starting with a letter, at most 64. */
function toolName(operationId: string): string {
  const name = operationId.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^[^A-Za-z]+/, '');
  return (name || 'operation').slice(0, 64);
}

/** The object a `{ $ref: '#/...' }` points to (followed through chains), or the value itself. */
function resolve(spec: Json, value: unknown, depth: number): unknown {
  if (!isObject(value) || typeof value['$ref'] !== 'string') return value;
  if (depth >= maxRefDepth || !value['$ref'].startsWith('#/')) return {};
  let target: unknown = spec;
  for (const part of value['$ref'].slice(2).split('/')) {
    const key = decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~');
    target = isObject(target) ? target[key] : undefined;
  }
  return resolve(spec, target ?? {}, depth + 1);
}

/** A schema with every local `$ref` replaced by its target, so the tool's input schema stands alone. */
function inline(spec: Json, schema: unknown, depth: number): unknown {
  if (Array.isArray(schema)) return schema.map((entry) => inline(spec, entry, depth));
  if (!isObject(schema)) return schema;
  if (typeof schema['$ref'] === 'string') return depth >= maxRefDepth ? {} : inline(spec, resolve(spec, schema, 0), depth + 1);
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inline(spec, value, depth)]));
}

function invalid(message: string): BuildwrightError {
  return new BuildwrightError({ code: 'INVALID_INPUT', message, docsPage: 'agents.md#tools-from-an-openapi-document-your-own-api' });
}
