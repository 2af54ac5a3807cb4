import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ContractCompileCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/dapp/interfaces/ContractCompileCheckOptions.md","filePath":"api/@buildwright/adapters/dapp/interfaces/ContractCompileCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/dapp/interfaces/ContractCompileCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/dapp</a> / ContractCompileCheckOptions</p><h1 id="interface-contractcompilecheckoptions" tabindex="-1">Interface: ContractCompileCheckOptions <a class="header-anchor" href="#interface-contractcompilecheckoptions" aria-label="Permalink to &quot;Interface: ContractCompileCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/dapp/contract-compile-check.ts:11</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxfixrounds" tabindex="-1">maxFixRounds? <a class="header-anchor" href="#maxfixrounds" aria-label="Permalink to &quot;maxFixRounds?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxFixRounds?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/dapp/contract-compile-check.ts:17</p><p>Compile failures sent to the fix step in one run; the next failure ends the run with <code>CONTRACT_COMPILE_FAILED</code> naming the compiler error. Default 3. The builder&#39;s <code>limits.maxFixAttempts</code> bounds every fix round too, whichever ends first.</p><hr><h3 id="session" tabindex="-1">session? <a class="header-anchor" href="#session" aria-label="Permalink to &quot;session?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>session?</strong>: <a href="./DappSession"><code>DappSession</code></a></p></blockquote><p>Defined in: adapters/src/dapp/contract-compile-check.ts:19</p><p>State shared with the other dapp checks (<code>dappChecks()</code> passes one).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/dapp/interfaces/ContractCompileCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ContractCompileCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ContractCompileCheckOptions as default
};
