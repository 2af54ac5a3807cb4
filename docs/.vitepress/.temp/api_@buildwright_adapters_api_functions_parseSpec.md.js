import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseSpec()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/functions/parseSpec.md","filePath":"api/@buildwright/adapters/api/functions/parseSpec.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/functions/parseSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / parseSpec</p><h1 id="function-parsespec" tabindex="-1">Function: parseSpec() <a class="header-anchor" href="#function-parsespec" aria-label="Permalink to &quot;Function: parseSpec()&quot;">​</a></h1><blockquote><p><strong>parseSpec</strong>(<code>text</code>, <code>path</code>): <code>Promise</code>&lt;{ <code>spec</code>: <a href="./../interfaces/ParsedSpec"><code>ParsedSpec</code></a>; } | { <code>issues</code>: <a href="./../../../core/interfaces/CheckIssue"><code>CheckIssue</code></a>[]; }&gt;</p></blockquote><p>Defined in: adapters/src/api/openapi-document.ts:76</p><p>Parses an OpenAPI document written in YAML or JSON (JSON is YAML). YAML errors come back as issues with their line; aliases are limited by the parser, so a model cannot make it expand a document without end.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><p><code>string</code></p><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;{ <code>spec</code>: <a href="./../interfaces/ParsedSpec"><code>ParsedSpec</code></a>; } | { <code>issues</code>: <a href="./../../../core/interfaces/CheckIssue"><code>CheckIssue</code></a>[]; }&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/functions/parseSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseSpec as default
};
