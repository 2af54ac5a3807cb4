import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlanApprovalResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/PlanApprovalResponse.md","filePath":"api/@buildwright/client/interfaces/PlanApprovalResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/PlanApprovalResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / PlanApprovalResponse</p><h1 id="interface-planapprovalresponse" tabindex="-1">Interface: PlanApprovalResponse <a class="header-anchor" href="#interface-planapprovalresponse" aria-label="Permalink to &quot;Interface: PlanApprovalResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:96</p><p><code>POST /runs/:id/plan-approval</code> with <code>{ plan? }</code>: the run continues with that plan (or the model&#39;s).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="approved" tabindex="-1">approved <a class="header-anchor" href="#approved" aria-label="Permalink to &quot;approved&quot;">​</a></h3><blockquote><p><strong>approved</strong>: <code>true</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:97</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:98</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/PlanApprovalResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlanApprovalResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlanApprovalResponse as default
};
