import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ToolPolicy","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/ToolPolicy.md","filePath":"api/@buildwright/core/type-aliases/ToolPolicy.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/ToolPolicy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ToolPolicy</p><h1 id="type-alias-toolpolicy" tabindex="-1">Type Alias: ToolPolicy <a class="header-anchor" href="#type-alias-toolpolicy" aria-label="Permalink to &quot;Type Alias: ToolPolicy&quot;">​</a></h1><blockquote><p><strong>ToolPolicy</strong> = <code>&quot;allow&quot;</code> | <code>&quot;ask&quot;</code> | <code>&quot;deny&quot;</code></p></blockquote><p>Defined in: core/src/spec/tool-provider.ts:5</p><p>What happens when the model calls a tool of an external server: run it (<code>allow</code>), refuse it (<code>deny</code>), or pause the call until the user decides (<code>ask</code>, emitting <code>tool.approval_requested</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/ToolPolicy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ToolPolicy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ToolPolicy as default
};
