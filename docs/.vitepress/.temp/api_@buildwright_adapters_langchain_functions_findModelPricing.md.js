import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: findModelPricing()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/langchain/functions/findModelPricing.md","filePath":"api/@buildwright/adapters/langchain/functions/findModelPricing.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/langchain/functions/findModelPricing.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/langchain</a> / findModelPricing</p><h1 id="function-findmodelpricing" tabindex="-1">Function: findModelPricing() <a class="header-anchor" href="#function-findmodelpricing" aria-label="Permalink to &quot;Function: findModelPricing()&quot;">​</a></h1><blockquote><p><strong>findModelPricing</strong>(<code>model</code>): <a href="./../interfaces/ModelPricing"><code>ModelPricing</code></a> | <code>undefined</code></p></blockquote><p>Defined in: adapters/src/llm-common/model-pricing.ts:48</p><p>The built-in price of a model, by the longest table key it starts with (after any <code>provider/</code> prefix); undefined when unknown.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ModelPricing"><code>ModelPricing</code></a> | <code>undefined</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">findModelPricing</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;openai/gpt-4.1-mini-2025-04-14&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">); </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// { inputPerMillion: 0.4, ... }</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/langchain/functions/findModelPricing.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const findModelPricing = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  findModelPricing as default
};
