import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: transcriptSchema","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/variables/transcriptSchema.md","filePath":"api/@buildwright/core/variables/transcriptSchema.md"}');
const _sfc_main = { name: "api/@buildwright/core/variables/transcriptSchema.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / transcriptSchema</p><h1 id="variable-transcriptschema" tabindex="-1">Variable: transcriptSchema <a class="header-anchor" href="#variable-transcriptschema" aria-label="Permalink to &quot;Variable: transcriptSchema&quot;">​</a></h1><blockquote><p><code>const</code> <strong>transcriptSchema</strong>: <code>ZodObject</code>&lt;{ <code>format</code>: <code>ZodLiteral</code>&lt;<code>&quot;buildwright.transcript/v1&quot;</code>&gt;; <code>prompt</code>: <code>ZodOptional</code>&lt;<code>ZodString</code>&gt;; <code>turns</code>: <code>ZodArray</code>&lt;<code>ZodObject</code>&lt;{ <code>node</code>: <code>ZodOptional</code>&lt;<code>ZodString</code>&gt;; <code>text</code>: <code>ZodOptional</code>&lt;<code>ZodString</code>&gt;; <code>toolCalls</code>: <code>ZodDefault</code>&lt;<code>ZodArray</code>&lt;<code>ZodObject</code>&lt;{ <code>arguments</code>: <code>ZodUnion</code>&lt;readonly [..., ...]&gt;; <code>id</code>: <code>ZodOptional</code>&lt;<code>ZodString</code>&gt;; <code>name</code>: <code>ZodString</code>; }, <code>$strip</code>&gt;&gt;&gt;; <code>usage</code>: <code>ZodOptional</code>&lt;<code>ZodObject</code>&lt;{ <code>cachedInputTokens</code>: <code>ZodOptional</code>&lt;<code>ZodNumber</code>&gt;; <code>inputTokens</code>: <code>ZodNumber</code>; <code>outputTokens</code>: <code>ZodNumber</code>; }, <code>$strip</code>&gt;&gt;; }, <code>$strip</code>&gt;&gt;; }, <code>$strip</code>&gt;</p></blockquote><p>Defined in: core/src/protocol/transcript.ts:20</p><p>Zod schema of <code>buildwright.transcript/v1</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/variables/transcriptSchema.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const transcriptSchema = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  transcriptSchema as default
};
