import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: runNotFound()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/runNotFound.md","filePath":"api/@buildwright/core/functions/runNotFound.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/runNotFound.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / runNotFound</p><h1 id="function-runnotfound" tabindex="-1">Function: runNotFound() <a class="header-anchor" href="#function-runnotfound" aria-label="Permalink to &quot;Function: runNotFound()&quot;">​</a></h1><blockquote><p><strong>runNotFound</strong>(<code>runId</code>): <a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: core/src/versions/record-errors.ts:19</p><p>A write to a run that was never created.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/runNotFound.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const runNotFound = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  runNotFound as default
};
