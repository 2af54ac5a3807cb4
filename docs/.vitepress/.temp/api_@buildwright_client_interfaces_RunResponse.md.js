import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/RunResponse.md","filePath":"api/@buildwright/client/interfaces/RunResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/RunResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / RunResponse</p><h1 id="interface-runresponse" tabindex="-1">Interface: RunResponse <a class="header-anchor" href="#interface-runresponse" aria-label="Permalink to &quot;Interface: RunResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:85</p><p><code>GET /runs/:id</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="run" tabindex="-1">run <a class="header-anchor" href="#run" aria-label="Permalink to &quot;run&quot;">​</a></h3><blockquote><p><strong>run</strong>: <a href="./RunRecord"><code>RunRecord</code></a></p></blockquote><p>Defined in: client/src/http-wire-types.ts:86</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/RunResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunResponse as default
};
