// Starts Swagger UI on the API's interactive docs page (index.html beside it). openapi.json is the
// project's spec as data, with its servers replaced by the live API's URL, so "try it" calls the
// server running in the sandbox. Nothing is read from the page's address (queryConfigEnabled: false:
// a link cannot make the page load another spec) and no validator badge calls out.
// Shipped as a string: after editing, run `node packages/adapters/scripts/generate-file-modules.mjs api-docs-page`.
window.ui = window.SwaggerUIBundle({
  url: 'openapi.json',
  dom_id: '#swagger-ui',
  presets: [window.SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
  deepLinking: false,
  displayOperationId: true,
  docExpansion: 'list',
  queryConfigEnabled: false,
  validatorUrl: null,
});
