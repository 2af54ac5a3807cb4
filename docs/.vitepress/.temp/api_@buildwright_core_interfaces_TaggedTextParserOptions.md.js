import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TaggedTextParserOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/TaggedTextParserOptions.md","filePath":"api/@buildwright/core/interfaces/TaggedTextParserOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/TaggedTextParserOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / TaggedTextParserOptions</p><h1 id="interface-taggedtextparseroptions" tabindex="-1">Interface: TaggedTextParserOptions <a class="header-anchor" href="#interface-taggedtextparseroptions" aria-label="Permalink to &quot;Interface: TaggedTextParserOptions&quot;">​</a></h1><p>Defined in: core/src/protocol/tagged-text/tagged-text-parser.ts:14</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="idprefix" tabindex="-1">idPrefix? <a class="header-anchor" href="#idprefix" aria-label="Permalink to &quot;idPrefix?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>idPrefix?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/protocol/tagged-text/tagged-text-parser.ts:22</p><p>Prefix of the generated tool-call ids (default: <code>tagged_</code> plus a random part).</p><hr><h3 id="tools" tabindex="-1">tools? <a class="header-anchor" href="#tools" aria-label="Permalink to &quot;tools?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>tools?</strong>: <a href="./LlmToolDefinition"><code>LlmToolDefinition</code></a>[]</p></blockquote><p>Defined in: core/src/protocol/tagged-text/tagged-text-parser.ts:20</p><p>The tools offered to the model. Their JSON Schemas say which arguments are text and which are JSON, and tool names are matched to them case-insensitively. Without them, an argument is read as JSON only when it starts with <code>{</code> or <code>[</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/TaggedTextParserOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TaggedTextParserOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TaggedTextParserOptions as default
};
