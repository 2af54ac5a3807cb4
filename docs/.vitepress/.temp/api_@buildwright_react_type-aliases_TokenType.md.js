import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TokenType","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/type-aliases/TokenType.md","filePath":"api/@buildwright/react/type-aliases/TokenType.md"}');
const _sfc_main = { name: "api/@buildwright/react/type-aliases/TokenType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / TokenType</p><h1 id="type-alias-tokentype" tabindex="-1">Type Alias: TokenType <a class="header-anchor" href="#type-alias-tokentype" aria-label="Permalink to &quot;Type Alias: TokenType&quot;">​</a></h1><blockquote><p><strong>TokenType</strong> = <code>&quot;plain&quot;</code> | <code>&quot;comment&quot;</code> | <code>&quot;string&quot;</code> | <code>&quot;number&quot;</code> | <code>&quot;keyword&quot;</code> | <code>&quot;tag&quot;</code> | <code>&quot;attr&quot;</code> | <code>&quot;property&quot;</code></p></blockquote><p>Defined in: react/src/code/tokenize.ts:2</p><p>Kinds of highlighted tokens (each maps to a <code>bw-tok-&lt;type&gt;</code> class).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/type-aliases/TokenType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TokenType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TokenType as default
};
