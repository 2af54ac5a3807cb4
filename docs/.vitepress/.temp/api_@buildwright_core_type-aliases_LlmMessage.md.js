import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LlmMessage","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/LlmMessage.md","filePath":"api/@buildwright/core/type-aliases/LlmMessage.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/LlmMessage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / LlmMessage</p><h1 id="type-alias-llmmessage" tabindex="-1">Type Alias: LlmMessage <a class="header-anchor" href="#type-alias-llmmessage" aria-label="Permalink to &quot;Type Alias: LlmMessage&quot;">​</a></h1><blockquote><p><strong>LlmMessage</strong> = { <code>content</code>: <code>string</code>; <code>role</code>: <code>&quot;system&quot;</code>; } | { <code>content</code>: <code>string</code>; <code>role</code>: <code>&quot;user&quot;</code>; } | { <code>content</code>: <code>string</code>; <code>role</code>: <code>&quot;assistant&quot;</code>; <code>toolCalls?</code>: <a href="./../interfaces/LlmToolCall"><code>LlmToolCall</code></a>[]; } | { <code>content</code>: <code>string</code>; <code>name</code>: <code>string</code>; <code>role</code>: <code>&quot;tool&quot;</code>; <code>toolCallId</code>: <code>string</code>; }</p></blockquote><p>Defined in: core/src/spec/llm.ts:24</p><p>One message of the conversation sent to the model.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/LlmMessage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LlmMessage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LlmMessage as default
};
