import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LintSolidityResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/interfaces/LintSolidityResult.md","filePath":"api/@buildwright/adapters/viem/interfaces/LintSolidityResult.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/interfaces/LintSolidityResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / LintSolidityResult</p><h1 id="interface-lintsolidityresult" tabindex="-1">Interface: LintSolidityResult <a class="header-anchor" href="#interface-lintsolidityresult" aria-label="Permalink to &quot;Interface: LintSolidityResult&quot;">​</a></h1><p>Defined in: adapters/src/viem/lint-solidity.ts:19</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="errors" tabindex="-1">errors <a class="header-anchor" href="#errors" aria-label="Permalink to &quot;errors&quot;">​</a></h3><blockquote><p><strong>errors</strong>: <a href="./../../../core/interfaces/SolidityIssue"><code>SolidityIssue</code></a>[]</p></blockquote><p>Defined in: adapters/src/viem/lint-solidity.ts:22</p><hr><h3 id="ok" tabindex="-1">ok <a class="header-anchor" href="#ok" aria-label="Permalink to &quot;ok&quot;">​</a></h3><blockquote><p><strong>ok</strong>: <code>boolean</code></p></blockquote><p>Defined in: adapters/src/viem/lint-solidity.ts:21</p><p>False when a finding of the blocking severity was found.</p><hr><h3 id="warnings" tabindex="-1">warnings <a class="header-anchor" href="#warnings" aria-label="Permalink to &quot;warnings&quot;">​</a></h3><blockquote><p><strong>warnings</strong>: <a href="./../../../core/interfaces/SolidityIssue"><code>SolidityIssue</code></a>[]</p></blockquote><p>Defined in: adapters/src/viem/lint-solidity.ts:23</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/interfaces/LintSolidityResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LintSolidityResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LintSolidityResult as default
};
