import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ChainInfo","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ChainInfo.md","filePath":"api/@buildwright/core/interfaces/ChainInfo.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ChainInfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ChainInfo</p><h1 id="interface-chaininfo" tabindex="-1">Interface: ChainInfo <a class="header-anchor" href="#interface-chaininfo" aria-label="Permalink to &quot;Interface: ChainInfo&quot;">​</a></h1><p>Defined in: core/src/spec/chain.ts:41</p><p>Where the chain is and how a browser reaches it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="chainid" tabindex="-1">chainId <a class="header-anchor" href="#chainid" aria-label="Permalink to &quot;chainId&quot;">​</a></h3><blockquote><p><strong>chainId</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:42</p><hr><h3 id="devaccounts" tabindex="-1">devAccounts <a class="header-anchor" href="#devaccounts" aria-label="Permalink to &quot;devAccounts&quot;">​</a></h3><blockquote><p><strong>devAccounts</strong>: <code>object</code>[]</p></blockquote><p>Defined in: core/src/spec/chain.ts:49</p><p>Funded dev accounts (local chains only; preview use only).</p><h4 id="address" tabindex="-1">address <a class="header-anchor" href="#address" aria-label="Permalink to &quot;address&quot;">​</a></h4><blockquote><p><strong>address</strong>: <code>\`0x\${string}\`</code></p></blockquote><h4 id="privatekey" tabindex="-1">privateKey <a class="header-anchor" href="#privatekey" aria-label="Permalink to &quot;privateKey&quot;">​</a></h4><blockquote><p><strong>privateKey</strong>: <code>\`0x\${string}\`</code></p></blockquote><hr><h3 id="explorerurl" tabindex="-1">explorerUrl <a class="header-anchor" href="#explorerurl" aria-label="Permalink to &quot;explorerUrl&quot;">​</a></h3><blockquote><p><strong>explorerUrl</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:47</p><p>Block explorer base URL, when the network has one.</p><hr><h3 id="network" tabindex="-1">network <a class="header-anchor" href="#network" aria-label="Permalink to &quot;network&quot;">​</a></h3><blockquote><p><strong>network</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:43</p><hr><h3 id="rpcurl" tabindex="-1">rpcUrl <a class="header-anchor" href="#rpcurl" aria-label="Permalink to &quot;rpcUrl&quot;">​</a></h3><blockquote><p><strong>rpcUrl</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:45</p><p>JSON-RPC URL a browser preview can reach.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ChainInfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChainInfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChainInfo as default
};
