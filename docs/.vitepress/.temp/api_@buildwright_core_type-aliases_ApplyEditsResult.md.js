import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ApplyEditsResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/ApplyEditsResult.md","filePath":"api/@buildwright/core/type-aliases/ApplyEditsResult.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/ApplyEditsResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ApplyEditsResult</p><h1 id="type-alias-applyeditsresult" tabindex="-1">Type Alias: ApplyEditsResult <a class="header-anchor" href="#type-alias-applyeditsresult" aria-label="Permalink to &quot;Type Alias: ApplyEditsResult&quot;">​</a></h1><blockquote><p><strong>ApplyEditsResult</strong> = { <code>content</code>: <code>string</code>; <code>ok</code>: <code>true</code>; } | { <code>index</code>: <code>number</code>; <code>nearest?</code>: <code>string</code>; <code>ok</code>: <code>false</code>; <code>reason</code>: <code>string</code>; }</p></blockquote><p>Defined in: core/src/protocol/apply-edits.ts:7</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/ApplyEditsResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ApplyEditsResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ApplyEditsResult as default
};
