import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ContractView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/ContractView.md","filePath":"api/@buildwright/client/interfaces/ContractView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/ContractView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ContractView</p><h1 id="interface-contractview" tabindex="-1">Interface: ContractView <a class="header-anchor" href="#interface-contractview" aria-label="Permalink to &quot;Interface: ContractView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:141</p><p>A deployed contract (the ABI arrives with the project once the run completed).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="abi" tabindex="-1">abi <a class="header-anchor" href="#abi" aria-label="Permalink to &quot;abi&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>abi</strong>: readonly <code>unknown</code>[] | <code>null</code></p></blockquote><p>Defined in: client/src/client-state.ts:148</p><hr><h3 id="address" tabindex="-1">address <a class="header-anchor" href="#address" aria-label="Permalink to &quot;address&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>address</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:143</p><hr><h3 id="chainid" tabindex="-1">chainId <a class="header-anchor" href="#chainid" aria-label="Permalink to &quot;chainId&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>chainId</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/client-state.ts:144</p><hr><h3 id="explorerurl" tabindex="-1">explorerUrl <a class="header-anchor" href="#explorerurl" aria-label="Permalink to &quot;explorerUrl&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>explorerUrl</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: client/src/client-state.ts:147</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:142</p><hr><h3 id="network" tabindex="-1">network <a class="header-anchor" href="#network" aria-label="Permalink to &quot;network&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>network</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:145</p><hr><h3 id="txhash" tabindex="-1">txHash <a class="header-anchor" href="#txhash" aria-label="Permalink to &quot;txHash&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>txHash</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:146</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/ContractView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ContractView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ContractView as default
};
