import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ContractCallsCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/dapp/interfaces/ContractCallsCheckOptions.md","filePath":"api/@buildwright/adapters/dapp/interfaces/ContractCallsCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/dapp/interfaces/ContractCallsCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/dapp</a> / ContractCallsCheckOptions</p><h1 id="interface-contractcallscheckoptions" tabindex="-1">Interface: ContractCallsCheckOptions <a class="header-anchor" href="#interface-contractcallscheckoptions" aria-label="Permalink to &quot;Interface: ContractCallsCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/dapp/contract-calls-check.ts:12</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="session" tabindex="-1">session? <a class="header-anchor" href="#session" aria-label="Permalink to &quot;session?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>session?</strong>: <a href="./DappSession"><code>DappSession</code></a></p></blockquote><p>Defined in: adapters/src/dapp/contract-calls-check.ts:14</p><p>State shared with the other dapp checks (<code>dappChecks()</code> passes one).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/dapp/interfaces/ContractCallsCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ContractCallsCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ContractCallsCheckOptions as default
};
