import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CancelResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/CancelResponse.md","filePath":"api/@buildwright/client/interfaces/CancelResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/CancelResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / CancelResponse</p><h1 id="interface-cancelresponse" tabindex="-1">Interface: CancelResponse <a class="header-anchor" href="#interface-cancelresponse" aria-label="Permalink to &quot;Interface: CancelResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:90</p><p><code>POST /runs/:id/cancel</code>: whether a running run was stopped, and the run&#39;s status after.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cancelled" tabindex="-1">cancelled <a class="header-anchor" href="#cancelled" aria-label="Permalink to &quot;cancelled&quot;">​</a></h3><blockquote><p><strong>cancelled</strong>: <code>boolean</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:91</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><strong>status</strong>: <a href="./../type-aliases/RunRecordStatus"><code>RunRecordStatus</code></a></p></blockquote><p>Defined in: client/src/http-wire-types.ts:92</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/CancelResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CancelResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CancelResponse as default
};
