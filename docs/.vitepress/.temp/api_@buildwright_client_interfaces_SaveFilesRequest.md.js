import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SaveFilesRequest","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/SaveFilesRequest.md","filePath":"api/@buildwright/client/interfaces/SaveFilesRequest.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/SaveFilesRequest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / SaveFilesRequest</p><h1 id="interface-savefilesrequest" tabindex="-1">Interface: SaveFilesRequest <a class="header-anchor" href="#interface-savefilesrequest" aria-label="Permalink to &quot;Interface: SaveFilesRequest&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:22</p><p><code>PUT /projects/:id/files</code> body: hand edits made on <code>baseVersion</code> (changes, not the whole tree).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="baseversion" tabindex="-1">baseVersion <a class="header-anchor" href="#baseversion" aria-label="Permalink to &quot;baseVersion&quot;">​</a></h3><blockquote><p><strong>baseVersion</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:28</p><p>The version the edits were made on (<code>null</code> for a project without versions); 409 <code>VERSION_CONFLICT</code> when it is no longer current.</p><hr><h3 id="deleted" tabindex="-1">deleted? <a class="header-anchor" href="#deleted" aria-label="Permalink to &quot;deleted?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>deleted?</strong>: <code>string</code>[]</p></blockquote><p>Defined in: client/src/http-wire-types.ts:26</p><p>Paths of files of the base version to remove.</p><hr><h3 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h3><blockquote><p><strong>files</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Defined in: client/src/http-wire-types.ts:24</p><p>Changed and added files: path → whole new content.</p><hr><h3 id="message" tabindex="-1">message? <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>message?</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:30</p><p>Message of the new version (default <code>Edit by hand</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/SaveFilesRequest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SaveFilesRequest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SaveFilesRequest as default
};
