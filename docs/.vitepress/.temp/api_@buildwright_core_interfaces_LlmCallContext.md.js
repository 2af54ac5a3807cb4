import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LlmCallContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/LlmCallContext.md","filePath":"api/@buildwright/core/interfaces/LlmCallContext.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/LlmCallContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / LlmCallContext</p><h1 id="interface-llmcallcontext" tabindex="-1">Interface: LlmCallContext <a class="header-anchor" href="#interface-llmcallcontext" aria-label="Permalink to &quot;Interface: LlmCallContext&quot;">​</a></h1><p>Defined in: core/src/spec/llm.ts:75</p><p>Who a model call is for: set on every call a run makes, so a model wrapper can meter, route or pick an API key per end user (see docs/host-hooks.md). Adapters may ignore it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="node" tabindex="-1">node <a class="header-anchor" href="#node" aria-label="Permalink to &quot;node&quot;">​</a></h3><blockquote><p><strong>node</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:83</p><p>The graph node making the call (the same as <code>LlmRequest.node</code>).</p><hr><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:77</p><p>Owner of the run (the end user of the hosting app).</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:81</p><p>The run&#39;s project.</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:79</p><p>The run making the call.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/LlmCallContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LlmCallContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LlmCallContext as default
};
