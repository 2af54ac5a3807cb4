import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LlmSpecSubject","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/testing/interfaces/LlmSpecSubject.md","filePath":"api/@buildwright/core/testing/interfaces/LlmSpecSubject.md"}');
const _sfc_main = { name: "api/@buildwright/core/testing/interfaces/LlmSpecSubject.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/testing</a> / LlmSpecSubject</p><h1 id="interface-llmspecsubject" tabindex="-1">Interface: LlmSpecSubject <a class="header-anchor" href="#interface-llmspecsubject" aria-label="Permalink to &quot;Interface: LlmSpecSubject&quot;">​</a></h1><p>Defined in: core/src/testing/llm-spec/scenario.ts:46</p><p>The adapter under test facing one scenario&#39;s upstream.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="close" tabindex="-1">close? <a class="header-anchor" href="#close" aria-label="Permalink to &quot;close?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>close?</strong>: () =&gt; <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Defined in: core/src/testing/llm-spec/scenario.ts:54</p><p>Stops the upstream after the case.</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>void</code>&gt;</p><hr><h3 id="llm" tabindex="-1">llm <a class="header-anchor" href="#llm" aria-label="Permalink to &quot;llm&quot;">​</a></h3><blockquote><p><strong>llm</strong>: <a href="./../../interfaces/LlmAdapter"><code>LlmAdapter</code></a></p></blockquote><p>Defined in: core/src/testing/llm-spec/scenario.ts:47</p><hr><h3 id="upstreamcalls" tabindex="-1">upstreamCalls? <a class="header-anchor" href="#upstreamcalls" aria-label="Permalink to &quot;upstreamCalls?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>upstreamCalls?</strong>: () =&gt; readonly <code>object</code>[]</p></blockquote><p>Defined in: core/src/testing/llm-spec/scenario.ts:52</p><p>The calls that reached the upstream so far, each with <code>closed</code> once its connection ended. Optional: when given, the suite also checks &quot;not retried&quot;, &quot;no call made&quot; and &quot;hung up&quot;.</p><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p>readonly <code>object</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/testing/interfaces/LlmSpecSubject.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LlmSpecSubject = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LlmSpecSubject as default
};
