import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RunRefusalCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/RunRefusalCode.md","filePath":"api/@buildwright/core/type-aliases/RunRefusalCode.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/RunRefusalCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RunRefusalCode</p><h1 id="type-alias-runrefusalcode" tabindex="-1">Type Alias: RunRefusalCode <a class="header-anchor" href="#type-alias-runrefusalcode" aria-label="Permalink to &quot;Type Alias: RunRefusalCode&quot;">​</a></h1><blockquote><p><strong>RunRefusalCode</strong> = <code>&quot;QUOTA_EXCEEDED&quot;</code> | <code>&quot;PAYMENT_REQUIRED&quot;</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:17</p><p>Codes a host may refuse a run with: 429 and 402 in the HTTP handler.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/RunRefusalCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunRefusalCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunRefusalCode as default
};
