import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: costUsd()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/langchain/functions/costUsd.md","filePath":"api/@buildwright/adapters/langchain/functions/costUsd.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/langchain/functions/costUsd.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/langchain</a> / costUsd</p><h1 id="function-costusd" tabindex="-1">Function: costUsd() <a class="header-anchor" href="#function-costusd" aria-label="Permalink to &quot;Function: costUsd()&quot;">​</a></h1><blockquote><p><strong>costUsd</strong>(<code>pricing</code>, <code>usage</code>): <code>number</code></p></blockquote><p>Defined in: adapters/src/llm-common/model-pricing.ts:58</p><p>Cost in USD of one call, cached prompt tokens at their own price.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="pricing" tabindex="-1">pricing <a class="header-anchor" href="#pricing" aria-label="Permalink to &quot;pricing&quot;">​</a></h3><p><a href="./../interfaces/ModelPricing"><code>ModelPricing</code></a></p><h3 id="usage" tabindex="-1">usage <a class="header-anchor" href="#usage" aria-label="Permalink to &quot;usage&quot;">​</a></h3><h4 id="cachedinputtokens" tabindex="-1">cachedInputTokens? <a class="header-anchor" href="#cachedinputtokens" aria-label="Permalink to &quot;cachedInputTokens?&quot;">​</a></h4><p><code>number</code></p><h4 id="inputtokens" tabindex="-1">inputTokens <a class="header-anchor" href="#inputtokens" aria-label="Permalink to &quot;inputTokens&quot;">​</a></h4><p><code>number</code></p><h4 id="outputtokens" tabindex="-1">outputTokens <a class="header-anchor" href="#outputtokens" aria-label="Permalink to &quot;outputTokens&quot;">​</a></h4><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/langchain/functions/costUsd.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const costUsd = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  costUsd as default
};
