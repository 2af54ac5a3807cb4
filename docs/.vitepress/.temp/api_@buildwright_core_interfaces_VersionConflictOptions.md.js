import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VersionConflictOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/VersionConflictOptions.md","filePath":"api/@buildwright/core/interfaces/VersionConflictOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/VersionConflictOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / VersionConflictOptions</p><h1 id="interface-versionconflictoptions" tabindex="-1">Interface: VersionConflictOptions <a class="header-anchor" href="#interface-versionconflictoptions" aria-label="Permalink to &quot;Interface: VersionConflictOptions&quot;">​</a></h1><p>Defined in: core/src/versions/version-conflict.ts:4</p><p>What <a href="./../functions/versionConflict">versionConflict</a> reports.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="currenthead" tabindex="-1">currentHead <a class="header-anchor" href="#currenthead" aria-label="Permalink to &quot;currentHead&quot;">​</a></h3><blockquote><p><strong>currentHead</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: core/src/versions/version-conflict.ts:9</p><p>The project&#39;s current version when the write was refused.</p><hr><h3 id="expectedhead" tabindex="-1">expectedHead <a class="header-anchor" href="#expectedhead" aria-label="Permalink to &quot;expectedHead&quot;">​</a></h3><blockquote><p><strong>expectedHead</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: core/src/versions/version-conflict.ts:7</p><p>The head the writer based its files on (<code>null</code>: the first version).</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/version-conflict.ts:5</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/VersionConflictOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VersionConflictOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VersionConflictOptions as default
};
