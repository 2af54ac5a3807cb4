import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LintSolidityOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/interfaces/LintSolidityOptions.md","filePath":"api/@buildwright/adapters/viem/interfaces/LintSolidityOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/interfaces/LintSolidityOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / LintSolidityOptions</p><h1 id="interface-lintsolidityoptions" tabindex="-1">Interface: LintSolidityOptions <a class="header-anchor" href="#interface-lintsolidityoptions" aria-label="Permalink to &quot;Interface: LintSolidityOptions&quot;">​</a></h1><p>Defined in: adapters/src/viem/lint-solidity.ts:10</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="blockon" tabindex="-1">blockOn? <a class="header-anchor" href="#blockon" aria-label="Permalink to &quot;blockOn?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>blockOn?</strong>: <code>&quot;error&quot;</code> | <code>&quot;none&quot;</code> | <code>&quot;warning&quot;</code></p></blockquote><p>Defined in: adapters/src/viem/lint-solidity.ts:16</p><p>Which findings make <code>ok</code> false: <code>&#39;error&#39;</code> (default), <code>&#39;warning&#39;</code> (errors and warnings) or <code>&#39;none&#39;</code>.</p><hr><h3 id="rules" tabindex="-1">rules? <a class="header-anchor" href="#rules" aria-label="Permalink to &quot;rules?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>rules?</strong>: <code>Record</code>&lt;<code>string</code>, <a href="./../type-aliases/LintRuleSetting"><code>LintRuleSetting</code></a>&gt;</p></blockquote><p>Defined in: adapters/src/viem/lint-solidity.ts:14</p><p>Rule settings laid over the defaults (solhint names, e.g. <code>{ &#39;avoid-tx-origin&#39;: &#39;warn&#39;, reentrancy: &#39;off&#39; }</code>).</p><hr><h3 id="sources" tabindex="-1">sources <a class="header-anchor" href="#sources" aria-label="Permalink to &quot;sources&quot;">​</a></h3><blockquote><p><strong>sources</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Defined in: adapters/src/viem/lint-solidity.ts:12</p><p>Solidity sources, project-relative path → content. Files not ending in <code>.sol</code> are skipped.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/interfaces/LintSolidityOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LintSolidityOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LintSolidityOptions as default
};
