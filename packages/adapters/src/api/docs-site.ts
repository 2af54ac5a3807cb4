import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Sandbox } from '@buildwright/core';
import { requirePeers } from '../internal/peer-dependency.js';
import { files as pageFiles } from './docs-page.generated.js';
import type { OpenApiDocument } from './openapi-document.js';
import { httpMethods } from './openapi-document.js';

/**
 * Where the docs page lives in the sandbox: under node_modules, which the model's file tools may
 * not write, served by its own static server (its own port, so its own origin).
 */
export const docsDirectory = 'node_modules/.buildwright/api-docs';

interface SwaggerUiAssets {
  version: string;
  files: Record<string, string>;
}

let assets: Promise<SwaggerUiAssets> | undefined;

/** Swagger UI's prebuilt bundle and styles from the installed `swagger-ui-dist`, read once per process. */
function swaggerUiAssets(): Promise<SwaggerUiAssets> {
  assets ??= (async () => {
    requirePeers('docsCheck', ['swagger-ui-dist']);
    const root = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
    const read = (name: string) => readFile(join(root, name), 'utf8');
    const [manifest, bundle, styles] = await Promise.all([read('package.json'), read('swagger-ui-bundle.js'), read('swagger-ui.css')]);
    // Their source maps are not shipped to the sandbox: the comments would only make DevTools ask for missing files.
    const withoutMap = (text: string) => text.replace(/\n?\/[/*]# sourceMappingURL=\S+\s*(\*\/)?\s*$/, '\n');
    return { version: (JSON.parse(manifest) as { version: string }).version, files: { 'swagger-ui-bundle.js': withoutMap(bundle), 'swagger-ui.css': withoutMap(styles) } };
  })();
  assets.catch(() => (assets = undefined));
  return assets;
}

/**
 * The spec as the docs page serves it: one server, the live API (`apiUrl`), in place of the
 * document's own and of any path item's or operation's, so "try it" calls the server the checks
 * started and nothing else.
 */
export function docsSpec(document: OpenApiDocument, apiUrl: string): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    if (typeof item !== 'object' || item === null) {
      paths[path] = item;
      continue;
    }
    const { servers: _servers, ...rest } = item;
    for (const method of httpMethods) {
      const operation = rest[method];
      if (typeof operation === 'object' && operation !== null && 'servers' in operation) {
        const { servers: _operationServers, ...operationRest } = operation as Record<string, unknown>;
        rest[method] = operationRest;
      }
    }
    paths[path] = rest;
  }
  return { ...document, servers: [{ url: apiUrl, description: 'The live API, running in the Buildwright sandbox' }], paths };
}

/**
 * Writes the docs page for `document` into the sandbox's docs directory: Swagger UI (skipped when
 * the same version is already there), the page and `openapi.json` (`docsSpec`). The page's
 * Content-Security-Policy lets it call `apiUrl`'s origin and nothing else outside its own.
 */
export async function writeDocsSite(sandbox: Sandbox, options: { document: OpenApiDocument; apiUrl: string }): Promise<void> {
  const swaggerUi = await swaggerUiAssets();
  const marker = `${docsDirectory}/swagger-ui-version`;
  if ((await sandbox.readFile(marker)) !== swaggerUi.version) {
    for (const [name, content] of Object.entries(swaggerUi.files)) await sandbox.writeFile(`${docsDirectory}/${name}`, content);
    await sandbox.writeFile(marker, swaggerUi.version);
  }
  // The sandbox names the API's URL, not the model; taking its origin keeps the policy one token.
  const apiOrigin = new URL(options.apiUrl).origin;
  await sandbox.writeFile(`${docsDirectory}/index.html`, pageFiles['index.html']!.replace('{{apiOrigin}}', apiOrigin));
  await sandbox.writeFile(`${docsDirectory}/docs-page.js`, pageFiles['docs-page.js']!);
  await sandbox.writeFile(`${docsDirectory}/openapi.json`, JSON.stringify(docsSpec(options.document, options.apiUrl)));
}
