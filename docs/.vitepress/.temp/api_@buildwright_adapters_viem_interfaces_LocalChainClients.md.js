import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LocalChainClients","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/interfaces/LocalChainClients.md","filePath":"api/@buildwright/adapters/viem/interfaces/LocalChainClients.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/interfaces/LocalChainClients.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / LocalChainClients</p><h1 id="interface-localchainclients" tabindex="-1">Interface: LocalChainClients <a class="header-anchor" href="#interface-localchainclients" aria-label="Permalink to &quot;Interface: LocalChainClients&quot;">​</a></h1><p>Defined in: adapters/src/viem/local-chain.ts:38</p><p>viem clients over the local endpoint; the wallet signs with the first dev account.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="publicclient" tabindex="-1">publicClient <a class="header-anchor" href="#publicclient" aria-label="Permalink to &quot;publicClient&quot;">​</a></h3><blockquote><p><strong>publicClient</strong>: <code>object</code></p></blockquote><p>Defined in: adapters/src/viem/local-chain.ts:39</p><hr><h3 id="walletclient" tabindex="-1">walletClient <a class="header-anchor" href="#walletclient" aria-label="Permalink to &quot;walletClient&quot;">​</a></h3><blockquote><p><strong>walletClient</strong>: <code>object</code></p></blockquote><p>Defined in: adapters/src/viem/local-chain.ts:40</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/interfaces/LocalChainClients.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LocalChainClients = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LocalChainClients as default
};
