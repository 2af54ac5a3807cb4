import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ImportZipOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ImportZipOptions.md","filePath":"api/@buildwright/core/interfaces/ImportZipOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ImportZipOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ImportZipOptions</p><h1 id="interface-importzipoptions" tabindex="-1">Interface: ImportZipOptions <a class="header-anchor" href="#interface-importzipoptions" aria-label="Permalink to &quot;Interface: ImportZipOptions&quot;">​</a></h1><p>Defined in: core/src/versions/import-zip.ts:7</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><blockquote><p><strong>bytes</strong>: <code>Uint8Array</code></p></blockquote><p>Defined in: core/src/versions/import-zip.ts:12</p><p>The ZIP archive.</p><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><strong>kind</strong>: <a href="./../../client/type-aliases/ProjectKind"><code>ProjectKind</code></a></p></blockquote><p>Defined in: core/src/versions/import-zip.ts:10</p><hr><h3 id="limits" tabindex="-1">limits? <a class="header-anchor" href="#limits" aria-label="Permalink to &quot;limits?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>limits?</strong>: <a href="./ImportLimits"><code>ImportLimits</code></a></p></blockquote><p>Defined in: core/src/versions/import-zip.ts:14</p><p>Size and count limits (defaults: 50 MB, 5,000 files).</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/import-zip.ts:9</p><hr><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/import-zip.ts:8</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ImportZipOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ImportZipOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ImportZipOptions as default
};
