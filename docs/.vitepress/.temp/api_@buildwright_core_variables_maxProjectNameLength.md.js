import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: maxProjectNameLength","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/variables/maxProjectNameLength.md","filePath":"api/@buildwright/core/variables/maxProjectNameLength.md"}');
const _sfc_main = { name: "api/@buildwright/core/variables/maxProjectNameLength.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / maxProjectNameLength</p><h1 id="variable-maxprojectnamelength" tabindex="-1">Variable: maxProjectNameLength <a class="header-anchor" href="#variable-maxprojectnamelength" aria-label="Permalink to &quot;Variable: maxProjectNameLength&quot;">​</a></h1><blockquote><p><code>const</code> <strong>maxProjectNameLength</strong>: <code>200</code> = <code>200</code></p></blockquote><p>Defined in: core/src/versions/rename-project.ts:6</p><p>Longest project name, in characters.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/variables/maxProjectNameLength.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const maxProjectNameLength = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  maxProjectNameLength as default
};
