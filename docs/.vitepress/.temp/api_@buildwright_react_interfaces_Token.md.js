import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Token","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/interfaces/Token.md","filePath":"api/@buildwright/react/interfaces/Token.md"}');
const _sfc_main = { name: "api/@buildwright/react/interfaces/Token.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / Token</p><h1 id="interface-token" tabindex="-1">Interface: Token <a class="header-anchor" href="#interface-token" aria-label="Permalink to &quot;Interface: Token&quot;">​</a></h1><p>Defined in: react/src/code/tokenize.ts:4</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><blockquote><p><strong>text</strong>: <code>string</code></p></blockquote><p>Defined in: react/src/code/tokenize.ts:6</p><hr><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><blockquote><p><strong>type</strong>: <a href="./../type-aliases/TokenType"><code>TokenType</code></a></p></blockquote><p>Defined in: react/src/code/tokenize.ts:5</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/interfaces/Token.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Token = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Token as default
};
