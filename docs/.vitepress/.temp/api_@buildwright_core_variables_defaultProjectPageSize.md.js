import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: defaultProjectPageSize","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/variables/defaultProjectPageSize.md","filePath":"api/@buildwright/core/variables/defaultProjectPageSize.md"}');
const _sfc_main = { name: "api/@buildwright/core/variables/defaultProjectPageSize.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / defaultProjectPageSize</p><h1 id="variable-defaultprojectpagesize" tabindex="-1">Variable: defaultProjectPageSize <a class="header-anchor" href="#variable-defaultprojectpagesize" aria-label="Permalink to &quot;Variable: defaultProjectPageSize&quot;">​</a></h1><blockquote><p><code>const</code> <strong>defaultProjectPageSize</strong>: <code>20</code> = <code>20</code></p></blockquote><p>Defined in: core/src/versions/project-page.ts:4</p><p>Projects per page when <code>searchProjects</code> is given no <code>limit</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/variables/defaultProjectPageSize.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultProjectPageSize = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultProjectPageSize as default
};
