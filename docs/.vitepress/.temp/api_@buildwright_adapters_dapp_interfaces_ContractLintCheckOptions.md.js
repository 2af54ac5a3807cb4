import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ContractLintCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/dapp/interfaces/ContractLintCheckOptions.md","filePath":"api/@buildwright/adapters/dapp/interfaces/ContractLintCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/dapp/interfaces/ContractLintCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/dapp</a> / ContractLintCheckOptions</p><h1 id="interface-contractlintcheckoptions" tabindex="-1">Interface: ContractLintCheckOptions <a class="header-anchor" href="#interface-contractlintcheckoptions" aria-label="Permalink to &quot;Interface: ContractLintCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/dapp/contract-lint-check.ts:8</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="blockon" tabindex="-1">blockOn? <a class="header-anchor" href="#blockon" aria-label="Permalink to &quot;blockOn?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>blockOn?</strong>: <code>&quot;error&quot;</code> | <code>&quot;none&quot;</code> | <code>&quot;warning&quot;</code></p></blockquote><p>Defined in: adapters/src/dapp/contract-lint-check.ts:12</p><p>Which findings fail the check: <code>&#39;error&#39;</code> (default), <code>&#39;warning&#39;</code> or <code>&#39;none&#39;</code>.</p><hr><h3 id="rules" tabindex="-1">rules? <a class="header-anchor" href="#rules" aria-label="Permalink to &quot;rules?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>rules?</strong>: <code>Record</code>&lt;<code>string</code>, <a href="./../../viem/type-aliases/LintRuleSetting"><code>LintRuleSetting</code></a>&gt;</p></blockquote><p>Defined in: adapters/src/dapp/contract-lint-check.ts:10</p><p>solhint rule settings laid over the defaults (see <code>defaultLintRules</code> in @buildwright/adapters/viem).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/dapp/interfaces/ContractLintCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ContractLintCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ContractLintCheckOptions as default
};
