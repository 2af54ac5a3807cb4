import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LlmRequest","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/LlmRequest.md","filePath":"api/@buildwright/core/interfaces/LlmRequest.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/LlmRequest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / LlmRequest</p><h1 id="interface-llmrequest" tabindex="-1">Interface: LlmRequest <a class="header-anchor" href="#interface-llmrequest" aria-label="Permalink to &quot;Interface: LlmRequest&quot;">​</a></h1><p>Defined in: core/src/spec/llm.ts:87</p><p>One model call.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="context" tabindex="-1">context? <a class="header-anchor" href="#context" aria-label="Permalink to &quot;context?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>context?</strong>: <a href="./LlmCallContext"><code>LlmCallContext</code></a></p></blockquote><p>Defined in: core/src/spec/llm.ts:95</p><p>Owner, run, project and node of the call; always set by a run, absent when something else calls the model directly.</p><hr><h3 id="messages" tabindex="-1">messages <a class="header-anchor" href="#messages" aria-label="Permalink to &quot;messages&quot;">​</a></h3><blockquote><p><strong>messages</strong>: <a href="./../type-aliases/LlmMessage"><code>LlmMessage</code></a>[]</p></blockquote><p>Defined in: core/src/spec/llm.ts:90</p><hr><h3 id="node" tabindex="-1">node <a class="header-anchor" href="#node" aria-label="Permalink to &quot;node&quot;">​</a></h3><blockquote><p><strong>node</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:89</p><p>The graph node making the call (<code>plan</code>, <code>build</code>, <code>fix</code>, ...); the scripted model matches turns by it.</p><hr><h3 id="signal" tabindex="-1">signal? <a class="header-anchor" href="#signal" aria-label="Permalink to &quot;signal?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>signal?</strong>: <code>AbortSignal</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:93</p><p>Aborts the call at once.</p><hr><h3 id="tools" tabindex="-1">tools <a class="header-anchor" href="#tools" aria-label="Permalink to &quot;tools&quot;">​</a></h3><blockquote><p><strong>tools</strong>: <a href="./LlmToolDefinition"><code>LlmToolDefinition</code></a>[]</p></blockquote><p>Defined in: core/src/spec/llm.ts:91</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/LlmRequest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LlmRequest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LlmRequest as default
};
