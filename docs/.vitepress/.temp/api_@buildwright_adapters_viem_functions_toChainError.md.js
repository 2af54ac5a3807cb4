import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toChainError()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/functions/toChainError.md","filePath":"api/@buildwright/adapters/viem/functions/toChainError.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/functions/toChainError.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / toChainError</p><h1 id="function-tochainerror" tabindex="-1">Function: toChainError() <a class="header-anchor" href="#function-tochainerror" aria-label="Permalink to &quot;Function: toChainError()&quot;">​</a></h1><blockquote><p><strong>toChainError</strong>(<code>error</code>, <code>context</code>): <a href="./../../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: adapters/src/viem/chain-errors.ts:66</p><p>Maps a viem or RPC error to a BuildwrightError with a stable code: <code>CHAIN_UNAVAILABLE</code> (RPC down, retryable), <code>CHAIN_INSUFFICIENT_FUNDS</code>, <code>CHAIN_NONCE</code> (retryable), <code>CHAIN_REVERTED</code> (with the revert reason), <code>INVALID_INPUT</code> (arguments that do not fit the ABI), else <code>CONTRACT_DEPLOY_FAILED</code> for deploys and <code>INTERNAL</code> otherwise. The vendor error stays as <code>cause</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="error" tabindex="-1">error <a class="header-anchor" href="#error" aria-label="Permalink to &quot;error&quot;">​</a></h3><p><code>unknown</code></p><h3 id="context" tabindex="-1">context <a class="header-anchor" href="#context" aria-label="Permalink to &quot;context&quot;">​</a></h3><p><a href="./../interfaces/ChainErrorContext"><code>ChainErrorContext</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/functions/toChainError.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toChainError = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toChainError as default
};
