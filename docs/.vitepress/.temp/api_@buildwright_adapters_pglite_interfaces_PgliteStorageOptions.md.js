import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PgliteStorageOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/pglite/interfaces/PgliteStorageOptions.md","filePath":"api/@buildwright/adapters/pglite/interfaces/PgliteStorageOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/pglite/interfaces/PgliteStorageOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/pglite</a> / PgliteStorageOptions</p><h1 id="interface-pglitestorageoptions" tabindex="-1">Interface: PgliteStorageOptions <a class="header-anchor" href="#interface-pglitestorageoptions" aria-label="Permalink to &quot;Interface: PgliteStorageOptions&quot;">​</a></h1><p>Defined in: adapters/src/pglite/pglite-storage.ts:6</p><p>Options of <a href="./../functions/pgliteStorage">pgliteStorage</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="datadir" tabindex="-1">dataDir? <a class="header-anchor" href="#datadir" aria-label="Permalink to &quot;dataDir?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>dataDir?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/pglite/pglite-storage.ts:12</p><p>Directory holding the database; created (with its parents) when missing and reused across restarts. In memory (lost on close) when omitted. One process at a time per directory: the storage locks it when it opens, and another opener gets <code>STORAGE_LOCKED</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/pglite/interfaces/PgliteStorageOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PgliteStorageOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PgliteStorageOptions as default
};
