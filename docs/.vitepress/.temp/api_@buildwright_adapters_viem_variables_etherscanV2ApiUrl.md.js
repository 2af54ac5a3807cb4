import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: etherscanV2ApiUrl","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/variables/etherscanV2ApiUrl.md","filePath":"api/@buildwright/adapters/viem/variables/etherscanV2ApiUrl.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/variables/etherscanV2ApiUrl.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / etherscanV2ApiUrl</p><h1 id="variable-etherscanv2apiurl" tabindex="-1">Variable: etherscanV2ApiUrl <a class="header-anchor" href="#variable-etherscanv2apiurl" aria-label="Permalink to &quot;Variable: etherscanV2ApiUrl&quot;">​</a></h1><blockquote><p><code>const</code> <strong>etherscanV2ApiUrl</strong>: <code>&quot;https://api.etherscan.io/v2/api&quot;</code> = <code>&#39;https://api.etherscan.io/v2/api&#39;</code></p></blockquote><p>Defined in: adapters/src/viem/known-chains.ts:20</p><p>Etherscan&#39;s multichain API (V2): one endpoint and one key for every chain above, picked by <code>chainid</code>. Blockscout and other Etherscan-compatible explorers take <code>explorer.apiUrl</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/variables/etherscanV2ApiUrl.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const etherscanV2ApiUrl = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  etherscanV2ApiUrl as default
};
