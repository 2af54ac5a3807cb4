import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RestoreResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/RestoreResponse.md","filePath":"api/@buildwright/client/interfaces/RestoreResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/RestoreResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / RestoreResponse</p><h1 id="interface-restoreresponse" tabindex="-1">Interface: RestoreResponse <a class="header-anchor" href="#interface-restoreresponse" aria-label="Permalink to &quot;Interface: RestoreResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:70</p><p><code>POST /projects/:id/restore</code> (201): the new version.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><strong>version</strong>: <a href="./VersionRecord"><code>VersionRecord</code></a></p></blockquote><p>Defined in: client/src/http-wire-types.ts:71</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/RestoreResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RestoreResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RestoreResponse as default
};
