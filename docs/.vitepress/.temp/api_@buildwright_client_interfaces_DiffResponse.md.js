import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DiffResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/DiffResponse.md","filePath":"api/@buildwright/client/interfaces/DiffResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/DiffResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / DiffResponse</p><h1 id="interface-diffresponse" tabindex="-1">Interface: DiffResponse <a class="header-anchor" href="#interface-diffresponse" aria-label="Permalink to &quot;Interface: DiffResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:63</p><p><code>GET /projects/:id/diff?from=&amp;to=</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h3><blockquote><p><strong>files</strong>: <a href="./FileDiff"><code>FileDiff</code></a>[]</p></blockquote><p>Defined in: client/src/http-wire-types.ts:66</p><hr><h3 id="from" tabindex="-1">from <a class="header-anchor" href="#from" aria-label="Permalink to &quot;from&quot;">​</a></h3><blockquote><p><strong>from</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:64</p><hr><h3 id="to" tabindex="-1">to <a class="header-anchor" href="#to" aria-label="Permalink to &quot;to&quot;">​</a></h3><blockquote><p><strong>to</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:65</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/DiffResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DiffResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DiffResponse as default
};
