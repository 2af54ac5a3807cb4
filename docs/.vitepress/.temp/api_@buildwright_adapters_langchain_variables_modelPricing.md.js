import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: modelPricing","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/langchain/variables/modelPricing.md","filePath":"api/@buildwright/adapters/langchain/variables/modelPricing.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/langchain/variables/modelPricing.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/langchain</a> / modelPricing</p><h1 id="variable-modelpricing" tabindex="-1">Variable: modelPricing <a class="header-anchor" href="#variable-modelpricing" aria-label="Permalink to &quot;Variable: modelPricing&quot;">​</a></h1><blockquote><p><code>const</code> <strong>modelPricing</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <a href="./../interfaces/ModelPricing"><code>ModelPricing</code></a>&gt;&gt;</p></blockquote><p>Defined in: adapters/src/llm-common/model-pricing.ts:15</p><p>List prices (USD per million tokens, standard tier) of common models, as published by the providers in 2025. Pass <code>pricing</code> to an adapter to override or to price any other model. Looked up by the longest matching prefix, so dated snapshots (<code>gpt-4o-2024-08-06</code>) and router prefixes (<code>openai/gpt-4o</code>) find their model.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/langchain/variables/modelPricing.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const modelPricing = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  modelPricing as default
};
