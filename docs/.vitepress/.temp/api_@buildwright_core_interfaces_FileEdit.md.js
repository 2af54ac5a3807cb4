import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FileEdit","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/FileEdit.md","filePath":"api/@buildwright/core/interfaces/FileEdit.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/FileEdit.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / FileEdit</p><h1 id="interface-fileedit" tabindex="-1">Interface: FileEdit <a class="header-anchor" href="#interface-fileedit" aria-label="Permalink to &quot;Interface: FileEdit&quot;">​</a></h1><p>Defined in: core/src/protocol/apply-edits.ts:2</p><p>One search/replace edit of <code>edit_file</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="replace" tabindex="-1">replace <a class="header-anchor" href="#replace" aria-label="Permalink to &quot;replace&quot;">​</a></h3><blockquote><p><strong>replace</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/protocol/apply-edits.ts:4</p><hr><h3 id="search" tabindex="-1">search <a class="header-anchor" href="#search" aria-label="Permalink to &quot;search&quot;">​</a></h3><blockquote><p><strong>search</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/protocol/apply-edits.ts:3</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/FileEdit.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FileEdit = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FileEdit as default
};
