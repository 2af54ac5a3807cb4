import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VersionsContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/VersionsContext.md","filePath":"api/@buildwright/core/interfaces/VersionsContext.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/VersionsContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / VersionsContext</p><h1 id="interface-versionscontext" tabindex="-1">Interface: VersionsContext <a class="header-anchor" href="#interface-versionscontext" aria-label="Permalink to &quot;Interface: VersionsContext&quot;">​</a></h1><p>Defined in: core/src/versions/require-records.ts:5</p><p>What every versions action gets first: the storage it works on.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="storage" tabindex="-1">storage <a class="header-anchor" href="#storage" aria-label="Permalink to &quot;storage&quot;">​</a></h3><blockquote><p><strong>storage</strong>: <a href="./StorageAdapter"><code>StorageAdapter</code></a></p></blockquote><p>Defined in: core/src/versions/require-records.ts:6</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/VersionsContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VersionsContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VersionsContext as default
};
