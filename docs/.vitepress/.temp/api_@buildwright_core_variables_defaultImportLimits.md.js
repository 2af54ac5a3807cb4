import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: defaultImportLimits","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/variables/defaultImportLimits.md","filePath":"api/@buildwright/core/variables/defaultImportLimits.md"}');
const _sfc_main = { name: "api/@buildwright/core/variables/defaultImportLimits.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / defaultImportLimits</p><h1 id="variable-defaultimportlimits" tabindex="-1">Variable: defaultImportLimits <a class="header-anchor" href="#variable-defaultimportlimits" aria-label="Permalink to &quot;Variable: defaultImportLimits&quot;">​</a></h1><blockquote><p><code>const</code> <strong>defaultImportLimits</strong>: <code>object</code></p></blockquote><p>Defined in: core/src/versions/import-limits.ts:16</p><p>The same project size and file count the model&#39;s writes are held to (<code>defaultFileLimits</code>).</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="maxfiles" tabindex="-1">maxFiles <a class="header-anchor" href="#maxfiles" aria-label="Permalink to &quot;maxFiles&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>maxFiles</strong>: <code>number</code> = <code>defaultFileLimits.maxFiles</code></p></blockquote><h3 id="maxtotalbytes" tabindex="-1">maxTotalBytes <a class="header-anchor" href="#maxtotalbytes" aria-label="Permalink to &quot;maxTotalBytes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>maxTotalBytes</strong>: <code>number</code> = <code>defaultFileLimits.maxProjectBytes</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/variables/defaultImportLimits.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultImportLimits = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultImportLimits as default
};
