import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunStorageSpecOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/testing/interfaces/RunStorageSpecOptions.md","filePath":"api/@buildwright/core/testing/interfaces/RunStorageSpecOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/testing/interfaces/RunStorageSpecOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/testing</a> / RunStorageSpecOptions</p><h1 id="interface-runstoragespecoptions" tabindex="-1">Interface: RunStorageSpecOptions <a class="header-anchor" href="#interface-runstoragespecoptions" aria-label="Permalink to &quot;Interface: RunStorageSpecOptions&quot;">​</a></h1><p>Defined in: core/src/testing/storage-spec.ts:23</p><p>Options of <a href="./../functions/runStorageSpec">runStorageSpec</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="countblobs" tabindex="-1">countBlobs? <a class="header-anchor" href="#countblobs" aria-label="Permalink to &quot;countBlobs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>countBlobs?</strong>: (<code>storage</code>) =&gt; <code>Promise</code>&lt;<code>number</code>&gt;</p></blockquote><p>Defined in: core/src/testing/storage-spec.ts:30</p><p>Counts the distinct file contents (blobs) the storage holds, for the &quot;unchanged content is stored once&quot; cases. Defaults to the adapter&#39;s own <code>countBlobs()</code> test hook when it has one.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="storage" tabindex="-1">storage <a class="header-anchor" href="#storage" aria-label="Permalink to &quot;storage&quot;">​</a></h5><p><a href="./../../interfaces/StorageAdapter"><code>StorageAdapter</code></a></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>number</code>&gt;</p><hr><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/testing/storage-spec.ts:25</p><p>Name of the <code>describe</code> block; defaults to <code>storage spec</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/testing/interfaces/RunStorageSpecOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunStorageSpecOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunStorageSpecOptions as default
};
