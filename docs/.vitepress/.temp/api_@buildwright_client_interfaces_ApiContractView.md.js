import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ApiContractView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/ApiContractView.md","filePath":"api/@buildwright/client/interfaces/ApiContractView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/ApiContractView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ApiContractView</p><h1 id="interface-apicontractview" tabindex="-1">Interface: ApiContractView <a class="header-anchor" href="#interface-apicontractview" aria-label="Permalink to &quot;Interface: ApiContractView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:100</p><p>An API run&#39;s latest contract check: each operation of the spec and how it answered.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="operations" tabindex="-1">operations <a class="header-anchor" href="#operations" aria-label="Permalink to &quot;operations&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>operations</strong>: readonly <a href="./ContractOperationResult"><code>ContractOperationResult</code></a>[]</p></blockquote><p>Defined in: client/src/client-state.ts:104</p><hr><h3 id="passed" tabindex="-1">passed <a class="header-anchor" href="#passed" aria-label="Permalink to &quot;passed&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>passed</strong>: <code>boolean</code></p></blockquote><p>Defined in: client/src/client-state.ts:103</p><hr><h3 id="seed" tabindex="-1">seed <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>seed</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/client-state.ts:102</p><hr><h3 id="specpath" tabindex="-1">specPath <a class="header-anchor" href="#specpath" aria-label="Permalink to &quot;specPath&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>specPath</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:101</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/ApiContractView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ApiContractView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ApiContractView as default
};
