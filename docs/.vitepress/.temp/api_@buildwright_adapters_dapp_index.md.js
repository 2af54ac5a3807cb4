import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/adapters/dapp","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/dapp/index.md","filePath":"api/@buildwright/adapters/dapp/index.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/dapp/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/adapters/dapp</p><h1 id="buildwright-adapters-dapp" tabindex="-1">@buildwright/adapters/dapp <a class="header-anchor" href="#buildwright-adapters-dapp" aria-label="Permalink to &quot;@buildwright/adapters/dapp&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/AbiParameterLike">AbiParameterLike</a></li><li><a href="./interfaces/ContractCallsCheckOptions">ContractCallsCheckOptions</a></li><li><a href="./interfaces/ContractCompileCheckOptions">ContractCompileCheckOptions</a></li><li><a href="./interfaces/ContractDeployCheckOptions">ContractDeployCheckOptions</a></li><li><a href="./interfaces/ContractLintCheckOptions">ContractLintCheckOptions</a></li><li><a href="./interfaces/ContractTestsCheckOptions">ContractTestsCheckOptions</a></li><li><a href="./interfaces/DappBrowserCheckOptions">DappBrowserCheckOptions</a></li><li><a href="./interfaces/DappChecksOptions">DappChecksOptions</a></li><li><a href="./interfaces/DappSession">DappSession</a></li><li><a href="./interfaces/Deployment">Deployment</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/dappPaths">dappPaths</a></li><li><a href="./variables/previewAccountVariable">previewAccountVariable</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/coerceArguments">coerceArguments</a></li><li><a href="./functions/contractCallsCheck">contractCallsCheck</a></li><li><a href="./functions/contractCompileCheck">contractCompileCheck</a></li><li><a href="./functions/contractDeployCheck">contractDeployCheck</a></li><li><a href="./functions/contractLintCheck">contractLintCheck</a></li><li><a href="./functions/contractTestsCheck">contractTestsCheck</a></li><li><a href="./functions/createDappSession">createDappSession</a></li><li><a href="./functions/dappBrowserCheck">dappBrowserCheck</a></li><li><a href="./functions/dappChecks">dappChecks</a></li><li><a href="./functions/renderDeployedModule">renderDeployedModule</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/dapp/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
