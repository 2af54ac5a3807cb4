import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: contractLintCheck()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/dapp/functions/contractLintCheck.md","filePath":"api/@buildwright/adapters/dapp/functions/contractLintCheck.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/dapp/functions/contractLintCheck.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/dapp</a> / contractLintCheck</p><h1 id="function-contractlintcheck" tabindex="-1">Function: contractLintCheck() <a class="header-anchor" href="#function-contractlintcheck" aria-label="Permalink to &quot;Function: contractLintCheck()&quot;">​</a></h1><blockquote><p><strong>contractLintCheck</strong>(<code>options?</code>): <a href="./../../../core/interfaces/Check"><code>Check</code></a></p></blockquote><p>Defined in: adapters/src/dapp/contract-lint-check.ts:26</p><p>Lints the project&#39;s Solidity with solhint (recommended rules plus security rules: tx.origin authorization, unchecked calls, reentrancy, floating pragma). Errors fail the check and go to the fix step; warnings are posted as a <code>notice.posted</code> event and never block (unless <code>blockOn</code> says so).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ContractLintCheckOptions"><code>ContractLintCheckOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../../core/interfaces/Check"><code>Check</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">import</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { contractLintCheck } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">from</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;@buildwright/adapters/dapp&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span>
<span class="line"></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> check</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> contractLintCheck</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ rules: { </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;no-unchecked-calls&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;warn&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> } });</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/dapp/functions/contractLintCheck.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const contractLintCheck = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  contractLintCheck as default
};
