import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SaveFilesResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/SaveFilesResult.md","filePath":"api/@buildwright/core/interfaces/SaveFilesResult.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/SaveFilesResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / SaveFilesResult</p><h1 id="interface-savefilesresult" tabindex="-1">Interface: SaveFilesResult <a class="header-anchor" href="#interface-savefilesresult" aria-label="Permalink to &quot;Interface: SaveFilesResult&quot;">​</a></h1><p>Defined in: core/src/versions/save-files.ts:33</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./SaveProjectFilesResult"><code>SaveProjectFilesResult</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="created" tabindex="-1">created <a class="header-anchor" href="#created" aria-label="Permalink to &quot;created&quot;">​</a></h3><blockquote><p><strong>created</strong>: <code>boolean</code></p></blockquote><p>Defined in: core/src/versions/save-files.ts:37</p><p>False when the edits change nothing (every file equals the base version&#39;s): nothing was stored.</p><hr><h3 id="deleted" tabindex="-1">deleted <a class="header-anchor" href="#deleted" aria-label="Permalink to &quot;deleted&quot;">​</a></h3><blockquote><p><strong>deleted</strong>: <code>string</code>[]</p></blockquote><p>Defined in: core/src/versions/save-files.ts:41</p><p>Paths removed, normalized, sorted.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <a href="./../../client/interfaces/VersionRecord"><code>VersionRecord</code></a></p></blockquote><p>Defined in: core/src/versions/save-files.ts:35</p><p>The new version; the base version when <code>created</code> is false.</p><hr><h3 id="written" tabindex="-1">written <a class="header-anchor" href="#written" aria-label="Permalink to &quot;written&quot;">​</a></h3><blockquote><p><strong>written</strong>: <code>string</code>[]</p></blockquote><p>Defined in: core/src/versions/save-files.ts:39</p><p>Paths whose content changed or that were added, normalized, sorted.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/SaveFilesResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SaveFilesResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SaveFilesResult as default
};
