import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: maxProjectPageSize","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/variables/maxProjectPageSize.md","filePath":"api/@buildwright/core/variables/maxProjectPageSize.md"}');
const _sfc_main = { name: "api/@buildwright/core/variables/maxProjectPageSize.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / maxProjectPageSize</p><h1 id="variable-maxprojectpagesize" tabindex="-1">Variable: maxProjectPageSize <a class="header-anchor" href="#variable-maxprojectpagesize" aria-label="Permalink to &quot;Variable: maxProjectPageSize&quot;">​</a></h1><blockquote><p><code>const</code> <strong>maxProjectPageSize</strong>: <code>100</code> = <code>100</code></p></blockquote><p>Defined in: core/src/versions/project-page.ts:6</p><p>The most projects one page holds.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/variables/maxProjectPageSize.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const maxProjectPageSize = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  maxProjectPageSize as default
};
