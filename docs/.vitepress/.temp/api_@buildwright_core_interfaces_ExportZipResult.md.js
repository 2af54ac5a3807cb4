import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ExportZipResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ExportZipResult.md","filePath":"api/@buildwright/core/interfaces/ExportZipResult.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ExportZipResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ExportZipResult</p><h1 id="interface-exportzipresult" tabindex="-1">Interface: ExportZipResult <a class="header-anchor" href="#interface-exportzipresult" aria-label="Permalink to &quot;Interface: ExportZipResult&quot;">​</a></h1><p>Defined in: core/src/versions/export-zip.ts:12</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><blockquote><p><strong>bytes</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: core/src/versions/export-zip.ts:14</p><p>The ZIP archive.</p><hr><h3 id="filename" tabindex="-1">fileName <a class="header-anchor" href="#filename" aria-label="Permalink to &quot;fileName&quot;">​</a></h3><blockquote><p><strong>fileName</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/export-zip.ts:16</p><p>A file name for it, e.g. <code>todo-app-v3.zip</code>.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <a href="./../../client/interfaces/VersionRecord"><code>VersionRecord</code></a></p></blockquote><p>Defined in: core/src/versions/export-zip.ts:17</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ExportZipResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExportZipResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExportZipResult as default
};
