import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TaggedTextPart","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/TaggedTextPart.md","filePath":"api/@buildwright/core/type-aliases/TaggedTextPart.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/TaggedTextPart.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / TaggedTextPart</p><h1 id="type-alias-taggedtextpart" tabindex="-1">Type Alias: TaggedTextPart <a class="header-anchor" href="#type-alias-taggedtextpart" aria-label="Permalink to &quot;Type Alias: TaggedTextPart&quot;">​</a></h1><blockquote><p><strong>TaggedTextPart</strong> = <code>Extract</code>&lt;<a href="./LlmStreamPart"><code>LlmStreamPart</code></a>, { <code>type</code>: <code>&quot;text-delta&quot;</code> | <code>&quot;tool-call-delta&quot;</code> | <code>&quot;tool-call&quot;</code>; }&gt;</p></blockquote><p>Defined in: core/src/protocol/tagged-text/tagged-text-parser.ts:12</p><p>What the parser yields: prose outside tool tags, a <code>tool-call-delta</code> preview of a call&#39;s <code>&lt;arg&gt;</code> values as they arrive (a JSON rendering of them), and each tool call once it closes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/TaggedTextPart.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TaggedTextPart = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TaggedTextPart as default
};
