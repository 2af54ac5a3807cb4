import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LlmUsage","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/LlmUsage.md","filePath":"api/@buildwright/core/interfaces/LlmUsage.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/LlmUsage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / LlmUsage</p><h1 id="interface-llmusage" tabindex="-1">Interface: LlmUsage <a class="header-anchor" href="#interface-llmusage" aria-label="Permalink to &quot;Interface: LlmUsage&quot;">​</a></h1><p>Defined in: core/src/spec/llm.ts:31</p><p>Token usage and cost of one model call.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cachedinputtokens" tabindex="-1">cachedInputTokens? <a class="header-anchor" href="#cachedinputtokens" aria-label="Permalink to &quot;cachedInputTokens?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cachedInputTokens?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:39</p><p>Prompt tokens served from the provider&#39;s cache, when reported.</p><hr><h3 id="costusd" tabindex="-1">costUsd? <a class="header-anchor" href="#costusd" aria-label="Permalink to &quot;costUsd?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>costUsd?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:41</p><p>Cost in US dollars when the adapter knows the model&#39;s price.</p><hr><h3 id="estimated" tabindex="-1">estimated <a class="header-anchor" href="#estimated" aria-label="Permalink to &quot;estimated&quot;">​</a></h3><blockquote><p><strong>estimated</strong>: <code>boolean</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:43</p><p>True when the figures are estimated (the server reported none).</p><hr><h3 id="inputtokens" tabindex="-1">inputTokens <a class="header-anchor" href="#inputtokens" aria-label="Permalink to &quot;inputTokens&quot;">​</a></h3><blockquote><p><strong>inputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:35</p><p>Prompt tokens.</p><hr><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><blockquote><p><strong>model</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:33</p><p>Model id the provider billed.</p><hr><h3 id="outputtokens" tabindex="-1">outputTokens <a class="header-anchor" href="#outputtokens" aria-label="Permalink to &quot;outputTokens&quot;">​</a></h3><blockquote><p><strong>outputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:37</p><p>Completion tokens.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/LlmUsage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LlmUsage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LlmUsage as default
};
