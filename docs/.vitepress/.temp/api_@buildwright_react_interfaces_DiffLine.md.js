import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DiffLine","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/interfaces/DiffLine.md","filePath":"api/@buildwright/react/interfaces/DiffLine.md"}');
const _sfc_main = { name: "api/@buildwright/react/interfaces/DiffLine.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / DiffLine</p><h1 id="interface-diffline" tabindex="-1">Interface: DiffLine <a class="header-anchor" href="#interface-diffline" aria-label="Permalink to &quot;Interface: DiffLine&quot;">​</a></h1><p>Defined in: react/src/code/line-diff.ts:2</p><p>One line of a line diff.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><strong>kind</strong>: <code>&quot;same&quot;</code> | <code>&quot;add&quot;</code> | <code>&quot;remove&quot;</code></p></blockquote><p>Defined in: react/src/code/line-diff.ts:3</p><hr><h3 id="newnumber" tabindex="-1">newNumber <a class="header-anchor" href="#newnumber" aria-label="Permalink to &quot;newNumber&quot;">​</a></h3><blockquote><p><strong>newNumber</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: react/src/code/line-diff.ts:8</p><p>Line number in the new text (<code>null</code> for removed lines).</p><hr><h3 id="oldnumber" tabindex="-1">oldNumber <a class="header-anchor" href="#oldnumber" aria-label="Permalink to &quot;oldNumber&quot;">​</a></h3><blockquote><p><strong>oldNumber</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: react/src/code/line-diff.ts:6</p><p>Line number in the old text (<code>null</code> for added lines).</p><hr><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><blockquote><p><strong>text</strong>: <code>string</code></p></blockquote><p>Defined in: react/src/code/line-diff.ts:4</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/interfaces/DiffLine.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DiffLine = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DiffLine as default
};
