import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ToolDecision","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/ToolDecision.md","filePath":"api/@buildwright/core/type-aliases/ToolDecision.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/ToolDecision.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ToolDecision</p><h1 id="type-alias-tooldecision" tabindex="-1">Type Alias: ToolDecision <a class="header-anchor" href="#type-alias-tooldecision" aria-label="Permalink to &quot;Type Alias: ToolDecision&quot;">​</a></h1><blockquote><p><strong>ToolDecision</strong> = <code>&quot;allow&quot;</code> | <code>&quot;deny&quot;</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:93</p><p>A user&#39;s decision on a tool call (see <code>ToolPolicy</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/ToolDecision.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ToolDecision = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ToolDecision as default
};
