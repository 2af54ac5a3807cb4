import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/adapters/openai","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/openai/index.md","filePath":"api/@buildwright/adapters/openai/index.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/openai/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/adapters/openai</p><h1 id="buildwright-adapters-openai" tabindex="-1">@buildwright/adapters/openai <a class="header-anchor" href="#buildwright-adapters-openai" aria-label="Permalink to &quot;@buildwright/adapters/openai&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/OpenaiLlmOptions">OpenaiLlmOptions</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/openaiLlm">openaiLlm</a></li></ul><h2 id="references" tabindex="-1">References <a class="header-anchor" href="#references" aria-label="Permalink to &quot;References&quot;">​</a></h2><h3 id="costusd" tabindex="-1">costUsd <a class="header-anchor" href="#costusd" aria-label="Permalink to &quot;costUsd&quot;">​</a></h3><p>Re-exports <a href="./../langchain/functions/costUsd">costUsd</a></p><hr><h3 id="findmodelpricing" tabindex="-1">findModelPricing <a class="header-anchor" href="#findmodelpricing" aria-label="Permalink to &quot;findModelPricing&quot;">​</a></h3><p>Re-exports <a href="./../langchain/functions/findModelPricing">findModelPricing</a></p><hr><h3 id="modelpricing" tabindex="-1">modelPricing <a class="header-anchor" href="#modelpricing" aria-label="Permalink to &quot;modelPricing&quot;">​</a></h3><p>Re-exports <a href="./../langchain/variables/modelPricing">modelPricing</a></p><hr><h3 id="modelpricing-1" tabindex="-1">ModelPricing <a class="header-anchor" href="#modelpricing-1" aria-label="Permalink to &quot;ModelPricing&quot;">​</a></h3><p>Re-exports <a href="./../langchain/interfaces/ModelPricing">ModelPricing</a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/openai/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
