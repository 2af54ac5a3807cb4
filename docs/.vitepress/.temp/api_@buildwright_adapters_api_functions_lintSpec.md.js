import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: lintSpec()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/functions/lintSpec.md","filePath":"api/@buildwright/adapters/api/functions/lintSpec.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/functions/lintSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / lintSpec</p><h1 id="function-lintspec" tabindex="-1">Function: lintSpec() <a class="header-anchor" href="#function-lintspec" aria-label="Permalink to &quot;Function: lintSpec()&quot;">​</a></h1><blockquote><p><strong>lintSpec</strong>(<code>spec</code>, <code>validateExample</code>): <a href="./../../../core/interfaces/CheckIssue"><code>CheckIssue</code></a>[]</p></blockquote><p>Defined in: adapters/src/api/spec-lint.ts:23</p><p>The spec check&#39;s rules on a parsed OpenAPI 3.1 document, beyond what the OpenAPI schema says: what the contract check and the model need to build and verify the API.</p><ul><li><code>openapi</code> is 3.1.x; every <code>$ref</code> is local (<code>#/...</code>): nothing outside the document is read.</li><li>Every operation has a unique operationId (an identifier), at least one 2xx response, and a 4xx response when it takes input (a body or parameters).</li><li>Every 2xx and 4xx response that has a body (all but 204, 205, 304 and HEAD) has a schema.</li><li>Every JSON request body and every JSON 2xx response has an example, and examples match their schemas.</li><li>Every schema under <code>components.schemas</code> is used.</li></ul><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="spec" tabindex="-1">spec <a class="header-anchor" href="#spec" aria-label="Permalink to &quot;spec&quot;">​</a></h3><p><a href="./../interfaces/ParsedSpec"><code>ParsedSpec</code></a></p><h3 id="validateexample" tabindex="-1">validateExample <a class="header-anchor" href="#validateexample" aria-label="Permalink to &quot;validateExample&quot;">​</a></h3><p><a href="./../type-aliases/ExampleValidator"><code>ExampleValidator</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../core/interfaces/CheckIssue"><code>CheckIssue</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/functions/lintSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const lintSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  lintSpec as default
};
