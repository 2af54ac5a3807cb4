import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VersionsResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/VersionsResponse.md","filePath":"api/@buildwright/client/interfaces/VersionsResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/VersionsResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / VersionsResponse</p><h1 id="interface-versionsresponse" tabindex="-1">Interface: VersionsResponse <a class="header-anchor" href="#interface-versionsresponse" aria-label="Permalink to &quot;Interface: VersionsResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:58</p><p><code>GET /projects/:id/versions</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="versions" tabindex="-1">versions <a class="header-anchor" href="#versions" aria-label="Permalink to &quot;versions&quot;">​</a></h3><blockquote><p><strong>versions</strong>: <a href="./VersionRecord"><code>VersionRecord</code></a>[]</p></blockquote><p>Defined in: client/src/http-wire-types.ts:59</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/VersionsResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VersionsResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VersionsResponse as default
};
