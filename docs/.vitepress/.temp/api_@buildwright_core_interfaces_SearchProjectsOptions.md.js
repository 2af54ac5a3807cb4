import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SearchProjectsOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/SearchProjectsOptions.md","filePath":"api/@buildwright/core/interfaces/SearchProjectsOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/SearchProjectsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / SearchProjectsOptions</p><h1 id="interface-searchprojectsoptions" tabindex="-1">Interface: SearchProjectsOptions <a class="header-anchor" href="#interface-searchprojectsoptions" aria-label="Permalink to &quot;Interface: SearchProjectsOptions&quot;">​</a></h1><p>Defined in: core/src/versions/search-projects.ts:4</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cursor" tabindex="-1">cursor? <a class="header-anchor" href="#cursor" aria-label="Permalink to &quot;cursor?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cursor?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/search-projects.ts:9</p><p><code>nextCursor</code> of the previous page; omit for the first page.</p><hr><h3 id="limit" tabindex="-1">limit? <a class="header-anchor" href="#limit" aria-label="Permalink to &quot;limit?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>limit?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/versions/search-projects.ts:11</p><p>Projects per page, 1 to 100 (default 20).</p><hr><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/search-projects.ts:5</p><hr><h3 id="query" tabindex="-1">query? <a class="header-anchor" href="#query" aria-label="Permalink to &quot;query?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>query?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/search-projects.ts:7</p><p>Keeps projects whose name or any run&#39;s prompt contains it (case-insensitive).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/SearchProjectsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SearchProjectsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SearchProjectsOptions as default
};
