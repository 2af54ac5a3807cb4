import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BuiltinTestnet","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/type-aliases/BuiltinTestnet.md","filePath":"api/@buildwright/adapters/viem/type-aliases/BuiltinTestnet.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/type-aliases/BuiltinTestnet.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / BuiltinTestnet</p><h1 id="type-alias-builtintestnet" tabindex="-1">Type Alias: BuiltinTestnet <a class="header-anchor" href="#type-alias-builtintestnet" aria-label="Permalink to &quot;Type Alias: BuiltinTestnet&quot;">​</a></h1><blockquote><p><strong>BuiltinTestnet</strong> = keyof <em>typeof</em> <a href="./../variables/builtinTestnets"><code>builtinTestnets</code></a></p></blockquote><p>Defined in: adapters/src/viem/known-chains.ts:11</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/type-aliases/BuiltinTestnet.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BuiltinTestnet = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BuiltinTestnet as default
};
