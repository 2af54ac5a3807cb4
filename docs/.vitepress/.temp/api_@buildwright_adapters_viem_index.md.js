import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/adapters/viem","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/index.md","filePath":"api/@buildwright/adapters/viem/index.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/adapters/viem</p><h1 id="buildwright-adapters-viem" tabindex="-1">@buildwright/adapters/viem <a class="header-anchor" href="#buildwright-adapters-viem" aria-label="Permalink to &quot;@buildwright/adapters/viem&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/ChainErrorContext">ChainErrorContext</a></li><li><a href="./interfaces/CompileSolidityOptions">CompileSolidityOptions</a></li><li><a href="./interfaces/CompileSolidityResult">CompileSolidityResult</a></li><li><a href="./interfaces/CustomChain">CustomChain</a></li><li><a href="./interfaces/LintSolidityOptions">LintSolidityOptions</a></li><li><a href="./interfaces/LintSolidityResult">LintSolidityResult</a></li><li><a href="./interfaces/LocalChain">LocalChain</a></li><li><a href="./interfaces/LocalChainClients">LocalChainClients</a></li><li><a href="./interfaces/LocalChainOptions">LocalChainOptions</a></li><li><a href="./interfaces/VerifyContractOptions">VerifyContractOptions</a></li><li><a href="./interfaces/VerifyContractResult">VerifyContractResult</a></li><li><a href="./interfaces/ViemChain">ViemChain</a></li><li><a href="./interfaces/ViemChainOptions">ViemChainOptions</a></li><li><a href="./interfaces/ViemDeployResult">ViemDeployResult</a></li><li><a href="./interfaces/WriteResult">WriteResult</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/BuiltinTestnet">BuiltinTestnet</a></li><li><a href="./type-aliases/LintRuleSetting">LintRuleSetting</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/builtinTestnets">builtinTestnets</a></li><li><a href="./variables/defaultLintRules">defaultLintRules</a></li><li><a href="./variables/etherscanV2ApiUrl">etherscanV2ApiUrl</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/compileSolidity">compileSolidity</a></li><li><a href="./functions/lintSolidity">lintSolidity</a></li><li><a href="./functions/localChain">localChain</a></li><li><a href="./functions/toChainError">toChainError</a></li><li><a href="./functions/verifyContract">verifyContract</a></li><li><a href="./functions/viemChain">viemChain</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
