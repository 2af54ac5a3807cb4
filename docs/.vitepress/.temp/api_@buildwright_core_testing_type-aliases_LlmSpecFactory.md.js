import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LlmSpecFactory","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/testing/type-aliases/LlmSpecFactory.md","filePath":"api/@buildwright/core/testing/type-aliases/LlmSpecFactory.md"}');
const _sfc_main = { name: "api/@buildwright/core/testing/type-aliases/LlmSpecFactory.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/testing</a> / LlmSpecFactory</p><h1 id="type-alias-llmspecfactory" tabindex="-1">Type Alias: LlmSpecFactory <a class="header-anchor" href="#type-alias-llmspecfactory" aria-label="Permalink to &quot;Type Alias: LlmSpecFactory&quot;">​</a></h1><blockquote><p><strong>LlmSpecFactory</strong> = (<code>scenario</code>) =&gt; <a href="./../interfaces/LlmSpecSubject"><code>LlmSpecSubject</code></a> | <code>Promise</code>&lt;<a href="./../interfaces/LlmSpecSubject"><code>LlmSpecSubject</code></a>&gt;</p></blockquote><p>Defined in: core/src/testing/llm-spec/scenario.ts:58</p><p>Builds the adapter under test against an upstream that plays the scenario.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="scenario" tabindex="-1">scenario <a class="header-anchor" href="#scenario" aria-label="Permalink to &quot;scenario&quot;">​</a></h3><p><a href="./../interfaces/LlmSpecScenario"><code>LlmSpecScenario</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LlmSpecSubject"><code>LlmSpecSubject</code></a> | <code>Promise</code>&lt;<a href="./../interfaces/LlmSpecSubject"><code>LlmSpecSubject</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/testing/type-aliases/LlmSpecFactory.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LlmSpecFactory = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LlmSpecFactory as default
};
