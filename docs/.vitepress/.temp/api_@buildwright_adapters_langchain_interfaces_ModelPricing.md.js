import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ModelPricing","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/langchain/interfaces/ModelPricing.md","filePath":"api/@buildwright/adapters/langchain/interfaces/ModelPricing.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/langchain/interfaces/ModelPricing.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/langchain</a> / ModelPricing</p><h1 id="interface-modelpricing" tabindex="-1">Interface: ModelPricing <a class="header-anchor" href="#interface-modelpricing" aria-label="Permalink to &quot;Interface: ModelPricing&quot;">​</a></h1><p>Defined in: adapters/src/llm-common/model-pricing.ts:2</p><p>Prices of one model in US dollars per million tokens.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cachedinputpermillion" tabindex="-1">cachedInputPerMillion? <a class="header-anchor" href="#cachedinputpermillion" aria-label="Permalink to &quot;cachedInputPerMillion?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cachedInputPerMillion?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/llm-common/model-pricing.ts:6</p><p>Price of prompt tokens served from the provider&#39;s cache; the input price when absent.</p><hr><h3 id="inputpermillion" tabindex="-1">inputPerMillion <a class="header-anchor" href="#inputpermillion" aria-label="Permalink to &quot;inputPerMillion&quot;">​</a></h3><blockquote><p><strong>inputPerMillion</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/llm-common/model-pricing.ts:3</p><hr><h3 id="outputpermillion" tabindex="-1">outputPerMillion <a class="header-anchor" href="#outputpermillion" aria-label="Permalink to &quot;outputPerMillion&quot;">​</a></h3><blockquote><p><strong>outputPerMillion</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/llm-common/model-pricing.ts:4</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/langchain/interfaces/ModelPricing.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ModelPricing = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ModelPricing as default
};
