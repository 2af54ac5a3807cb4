import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ListVersionsOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ListVersionsOptions.md","filePath":"api/@buildwright/core/interfaces/ListVersionsOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ListVersionsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ListVersionsOptions</p><h1 id="interface-listversionsoptions" tabindex="-1">Interface: ListVersionsOptions <a class="header-anchor" href="#interface-listversionsoptions" aria-label="Permalink to &quot;Interface: ListVersionsOptions&quot;">​</a></h1><p>Defined in: core/src/versions/list-versions.ts:4</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/list-versions.ts:5</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/list-versions.ts:6</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ListVersionsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ListVersionsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ListVersionsOptions as default
};
