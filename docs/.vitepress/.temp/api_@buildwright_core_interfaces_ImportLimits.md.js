import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ImportLimits","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ImportLimits.md","filePath":"api/@buildwright/core/interfaces/ImportLimits.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ImportLimits.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ImportLimits</p><h1 id="interface-importlimits" tabindex="-1">Interface: ImportLimits <a class="header-anchor" href="#interface-importlimits" aria-label="Permalink to &quot;Interface: ImportLimits&quot;">​</a></h1><p>Defined in: core/src/versions/import-limits.ts:8</p><p>Limits applied to every import (files or ZIP).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxfiles" tabindex="-1">maxFiles? <a class="header-anchor" href="#maxfiles" aria-label="Permalink to &quot;maxFiles?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxFiles?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/versions/import-limits.ts:12</p><p>Number of files (default 5,000).</p><hr><h3 id="maxtotalbytes" tabindex="-1">maxTotalBytes? <a class="header-anchor" href="#maxtotalbytes" aria-label="Permalink to &quot;maxTotalBytes?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxTotalBytes?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/versions/import-limits.ts:10</p><p>Total uncompressed size in bytes (default 50 MB).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ImportLimits.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ImportLimits = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ImportLimits as default
};
