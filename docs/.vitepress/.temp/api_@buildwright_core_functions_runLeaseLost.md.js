import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: runLeaseLost()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/runLeaseLost.md","filePath":"api/@buildwright/core/functions/runLeaseLost.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/runLeaseLost.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / runLeaseLost</p><h1 id="function-runleaselost" tabindex="-1">Function: runLeaseLost() <a class="header-anchor" href="#function-runleaselost" aria-label="Permalink to &quot;Function: runLeaseLost()&quot;">​</a></h1><blockquote><p><strong>runLeaseLost</strong>(<code>lease</code>): <a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: core/src/versions/record-errors.ts:32</p><p>A write of a run made with a lease that is no longer the run&#39;s current one: another worker claimed the run (this one stalled past its lease) or the lease was released.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="lease" tabindex="-1">lease <a class="header-anchor" href="#lease" aria-label="Permalink to &quot;lease&quot;">​</a></h3><h4 id="epoch" tabindex="-1">epoch <a class="header-anchor" href="#epoch" aria-label="Permalink to &quot;epoch&quot;">​</a></h4><p><code>number</code></p><h4 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h4><p><code>string</code></p><h4 id="workerid" tabindex="-1">workerId <a class="header-anchor" href="#workerid" aria-label="Permalink to &quot;workerId&quot;">​</a></h4><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/runLeaseLost.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const runLeaseLost = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  runLeaseLost as default
};
