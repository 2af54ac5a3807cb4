import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: idTaken()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/idTaken.md","filePath":"api/@buildwright/core/functions/idTaken.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/idTaken.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / idTaken</p><h1 id="function-idtaken" tabindex="-1">Function: idTaken() <a class="header-anchor" href="#function-idtaken" aria-label="Permalink to &quot;Function: idTaken()&quot;">​</a></h1><blockquote><p><strong>idTaken</strong>(<code>what</code>, <code>id</code>): <a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: core/src/versions/record-errors.ts:24</p><p>A create with an explicit id that another record of that kind already has.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="what" tabindex="-1">what <a class="header-anchor" href="#what" aria-label="Permalink to &quot;what&quot;">​</a></h3><p><code>string</code></p><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/idTaken.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const idTaken = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  idTaken as default
};
