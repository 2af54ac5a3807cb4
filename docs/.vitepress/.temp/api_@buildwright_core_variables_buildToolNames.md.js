import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: buildToolNames","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/variables/buildToolNames.md","filePath":"api/@buildwright/core/variables/buildToolNames.md"}');
const _sfc_main = { name: "api/@buildwright/core/variables/buildToolNames.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / buildToolNames</p><h1 id="variable-buildtoolnames" tabindex="-1">Variable: buildToolNames <a class="header-anchor" href="#variable-buildtoolnames" aria-label="Permalink to &quot;Variable: buildToolNames&quot;">​</a></h1><blockquote><p><code>const</code> <strong>buildToolNames</strong>: readonly [<code>&quot;write_file&quot;</code>, <code>&quot;edit_file&quot;</code>, <code>&quot;delete_file&quot;</code>, <code>&quot;rename_file&quot;</code>, <code>&quot;add_dependencies&quot;</code>, <code>&quot;finish&quot;</code>]</p></blockquote><p>Defined in: core/src/protocol/file-tools.ts:56</p><p>Tools of the steps that change files.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/variables/buildToolNames.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const buildToolNames = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  buildToolNames as default
};
