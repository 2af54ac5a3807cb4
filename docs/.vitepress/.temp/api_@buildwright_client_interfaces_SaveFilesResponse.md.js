import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SaveFilesResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/SaveFilesResponse.md","filePath":"api/@buildwright/client/interfaces/SaveFilesResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/SaveFilesResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / SaveFilesResponse</p><h1 id="interface-savefilesresponse" tabindex="-1">Interface: SaveFilesResponse <a class="header-anchor" href="#interface-savefilesresponse" aria-label="Permalink to &quot;Interface: SaveFilesResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:34</p><p><code>PUT /projects/:id/files</code>: 201 with the new version, or 200 with the base version when the edits changed nothing (<code>created: false</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="created" tabindex="-1">created <a class="header-anchor" href="#created" aria-label="Permalink to &quot;created&quot;">​</a></h3><blockquote><p><strong>created</strong>: <code>boolean</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:36</p><hr><h3 id="deleted" tabindex="-1">deleted <a class="header-anchor" href="#deleted" aria-label="Permalink to &quot;deleted&quot;">​</a></h3><blockquote><p><strong>deleted</strong>: <code>string</code>[]</p></blockquote><p>Defined in: client/src/http-wire-types.ts:40</p><p>Paths removed, normalized, sorted.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <a href="./VersionRecord"><code>VersionRecord</code></a></p></blockquote><p>Defined in: client/src/http-wire-types.ts:35</p><hr><h3 id="written" tabindex="-1">written <a class="header-anchor" href="#written" aria-label="Permalink to &quot;written&quot;">​</a></h3><blockquote><p><strong>written</strong>: <code>string</code>[]</p></blockquote><p>Defined in: client/src/http-wire-types.ts:38</p><p>Paths written (changed or added), normalized, sorted.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/SaveFilesResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SaveFilesResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SaveFilesResponse as default
};
