import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: projectBusy()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/projectBusy.md","filePath":"api/@buildwright/core/functions/projectBusy.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/projectBusy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / projectBusy</p><h1 id="function-projectbusy" tabindex="-1">Function: projectBusy() <a class="header-anchor" href="#function-projectbusy" aria-label="Permalink to &quot;Function: projectBusy()&quot;">​</a></h1><blockquote><p><strong>projectBusy</strong>(<code>projectId</code>, <code>runIds</code>): <a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: core/src/versions/record-errors.ts:68</p><p>A delete of a project while one of its runs is <code>running</code> or <code>queued</code>: nothing was deleted.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><p><code>string</code></p><h3 id="runids" tabindex="-1">runIds <a class="header-anchor" href="#runids" aria-label="Permalink to &quot;runIds&quot;">​</a></h3><p>readonly <code>string</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/projectBusy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const projectBusy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  projectBusy as default
};
