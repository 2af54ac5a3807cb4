import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LlmToolDefinition","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/LlmToolDefinition.md","filePath":"api/@buildwright/core/interfaces/LlmToolDefinition.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/LlmToolDefinition.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / LlmToolDefinition</p><h1 id="interface-llmtooldefinition" tabindex="-1">Interface: LlmToolDefinition <a class="header-anchor" href="#interface-llmtooldefinition" aria-label="Permalink to &quot;Interface: LlmToolDefinition&quot;">​</a></h1><p>Defined in: core/src/spec/llm.ts:2</p><p>A tool the model may call, described by a JSON Schema for its arguments.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="description" tabindex="-1">description <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description&quot;">​</a></h3><blockquote><p><strong>description</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:6</p><p>What the tool does, written for the model.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/llm.ts:4</p><p>Tool name, e.g. <code>write_file</code>.</p><hr><h3 id="parameters" tabindex="-1">parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;parameters&quot;">​</a></h3><blockquote><p><strong>parameters</strong>: <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p></blockquote><p>Defined in: core/src/spec/llm.ts:8</p><p>JSON Schema (draft 2020-12 subset) of the arguments object.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/LlmToolDefinition.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LlmToolDefinition = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LlmToolDefinition as default
};
