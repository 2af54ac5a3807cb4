import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: emptyUsage","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/variables/emptyUsage.md","filePath":"api/@buildwright/client/variables/emptyUsage.md"}');
const _sfc_main = { name: "api/@buildwright/client/variables/emptyUsage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / emptyUsage</p><h1 id="variable-emptyusage" tabindex="-1">Variable: emptyUsage <a class="header-anchor" href="#variable-emptyusage" aria-label="Permalink to &quot;Variable: emptyUsage&quot;">​</a></h1><blockquote><p><code>const</code> <strong>emptyUsage</strong>: <a href="./../interfaces/UsageView"><code>UsageView</code></a></p></blockquote><p>Defined in: client/src/client-state.ts:176</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/variables/emptyUsage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const emptyUsage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  emptyUsage as default
};
