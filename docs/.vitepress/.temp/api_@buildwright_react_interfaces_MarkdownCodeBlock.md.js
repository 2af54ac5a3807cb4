import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MarkdownCodeBlock","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/interfaces/MarkdownCodeBlock.md","filePath":"api/@buildwright/react/interfaces/MarkdownCodeBlock.md"}');
const _sfc_main = { name: "api/@buildwright/react/interfaces/MarkdownCodeBlock.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / MarkdownCodeBlock</p><h1 id="interface-markdowncodeblock" tabindex="-1">Interface: MarkdownCodeBlock <a class="header-anchor" href="#interface-markdowncodeblock" aria-label="Permalink to &quot;Interface: MarkdownCodeBlock&quot;">​</a></h1><p>Defined in: react/src/markdown/markdown-elements.tsx:8</p><p>A fenced code block of a message: its text and the fence&#39;s language (<code>&#39;&#39;</code> when none).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="code" tabindex="-1">code <a class="header-anchor" href="#code" aria-label="Permalink to &quot;code&quot;">​</a></h3><blockquote><p><strong>code</strong>: <code>string</code></p></blockquote><p>Defined in: react/src/markdown/markdown-elements.tsx:9</p><hr><h3 id="language" tabindex="-1">language <a class="header-anchor" href="#language" aria-label="Permalink to &quot;language&quot;">​</a></h3><blockquote><p><strong>language</strong>: <code>string</code></p></blockquote><p>Defined in: react/src/markdown/markdown-elements.tsx:10</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/interfaces/MarkdownCodeBlock.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MarkdownCodeBlock = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MarkdownCodeBlock as default
};
