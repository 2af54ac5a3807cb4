import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DeployResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/DeployResult.md","filePath":"api/@buildwright/core/interfaces/DeployResult.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/DeployResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / DeployResult</p><h1 id="interface-deployresult" tabindex="-1">Interface: DeployResult <a class="header-anchor" href="#interface-deployresult" aria-label="Permalink to &quot;Interface: DeployResult&quot;">​</a></h1><p>Defined in: core/src/spec/chain.ts:30</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./../../adapters/viem/interfaces/ViemDeployResult"><code>ViemDeployResult</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="address" tabindex="-1">address <a class="header-anchor" href="#address" aria-label="Permalink to &quot;address&quot;">​</a></h3><blockquote><p><strong>address</strong>: <code>\`0x\${string}\`</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:31</p><hr><h3 id="blocknumber" tabindex="-1">blockNumber <a class="header-anchor" href="#blocknumber" aria-label="Permalink to &quot;blockNumber&quot;">​</a></h3><blockquote><p><strong>blockNumber</strong>: <code>bigint</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:37</p><hr><h3 id="chainid" tabindex="-1">chainId <a class="header-anchor" href="#chainid" aria-label="Permalink to &quot;chainId&quot;">​</a></h3><blockquote><p><strong>chainId</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:33</p><hr><h3 id="explorerurl" tabindex="-1">explorerUrl <a class="header-anchor" href="#explorerurl" aria-label="Permalink to &quot;explorerUrl&quot;">​</a></h3><blockquote><p><strong>explorerUrl</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:35</p><hr><h3 id="gasused" tabindex="-1">gasUsed <a class="header-anchor" href="#gasused" aria-label="Permalink to &quot;gasUsed&quot;">​</a></h3><blockquote><p><strong>gasUsed</strong>: <code>bigint</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:36</p><hr><h3 id="network" tabindex="-1">network <a class="header-anchor" href="#network" aria-label="Permalink to &quot;network&quot;">​</a></h3><blockquote><p><strong>network</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:34</p><hr><h3 id="txhash" tabindex="-1">txHash <a class="header-anchor" href="#txhash" aria-label="Permalink to &quot;txHash&quot;">​</a></h3><blockquote><p><strong>txHash</strong>: <code>\`0x\${string}\`</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:32</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/DeployResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeployResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeployResult as default
};
