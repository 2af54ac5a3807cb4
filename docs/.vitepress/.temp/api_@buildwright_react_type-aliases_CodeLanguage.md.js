import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CodeLanguage","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/type-aliases/CodeLanguage.md","filePath":"api/@buildwright/react/type-aliases/CodeLanguage.md"}');
const _sfc_main = { name: "api/@buildwright/react/type-aliases/CodeLanguage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / CodeLanguage</p><h1 id="type-alias-codelanguage" tabindex="-1">Type Alias: CodeLanguage <a class="header-anchor" href="#type-alias-codelanguage" aria-label="Permalink to &quot;Type Alias: CodeLanguage&quot;">​</a></h1><blockquote><p><strong>CodeLanguage</strong> = <code>&quot;js&quot;</code> | <code>&quot;json&quot;</code> | <code>&quot;css&quot;</code> | <code>&quot;html&quot;</code> | <code>&quot;solidity&quot;</code> | <code>&quot;plain&quot;</code></p></blockquote><p>Defined in: react/src/code/tokenize.ts:10</p><p>Languages the tokenizer knows; anything else is plain text.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/type-aliases/CodeLanguage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CodeLanguage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CodeLanguage as default
};
