import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FilesResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/FilesResponse.md","filePath":"api/@buildwright/client/interfaces/FilesResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/FilesResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / FilesResponse</p><h1 id="interface-filesresponse" tabindex="-1">Interface: FilesResponse <a class="header-anchor" href="#interface-filesresponse" aria-label="Permalink to &quot;Interface: FilesResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:52</p><p><code>GET /projects/:id/files?version=</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h3><blockquote><p><strong>files</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Defined in: client/src/http-wire-types.ts:54</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <a href="./VersionRecord"><code>VersionRecord</code></a></p></blockquote><p>Defined in: client/src/http-wire-types.ts:53</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/FilesResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FilesResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FilesResponse as default
};
