import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LlmToolCall","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/LlmToolCall.md","filePath":"api/@buildwright/core/interfaces/LlmToolCall.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/LlmToolCall.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / LlmToolCall</p><h1 id="interface-llmtoolcall" tabindex="-1">Interface: LlmToolCall <a class="header-anchor" href="#interface-llmtoolcall" aria-label="Permalink to &quot;Interface: LlmToolCall&quot;">​</a></h1><p>Defined in: core/src/spec/llm.ts:12</p><p>A tool call as the model made it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="arguments" tabindex="-1">arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;arguments&quot;">​</a></h3><blockquote><p><strong>arguments</strong>: <code>unknown</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:18</p><p>Parsed JSON arguments; <code>undefined</code> when <code>argumentsText</code> is not valid JSON.</p><hr><h3 id="argumentstext" tabindex="-1">argumentsText <a class="header-anchor" href="#argumentstext" aria-label="Permalink to &quot;argumentsText&quot;">​</a></h3><blockquote><p><strong>argumentsText</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:20</p><p>Arguments exactly as the model produced them.</p><hr><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><strong>id</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:14</p><p>Provider&#39;s call id (or a generated one); tool results refer to it.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:16</p><p>Tool name as the model wrote it (may be unknown to Buildwright).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/LlmToolCall.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LlmToolCall = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LlmToolCall as default
};
