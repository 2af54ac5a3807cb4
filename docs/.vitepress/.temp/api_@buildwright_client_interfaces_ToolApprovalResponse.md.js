import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ToolApprovalResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/ToolApprovalResponse.md","filePath":"api/@buildwright/client/interfaces/ToolApprovalResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/ToolApprovalResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ToolApprovalResponse</p><h1 id="interface-toolapprovalresponse" tabindex="-1">Interface: ToolApprovalResponse <a class="header-anchor" href="#interface-toolapprovalresponse" aria-label="Permalink to &quot;Interface: ToolApprovalResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:102</p><p><code>POST /runs/:id/tool-approvals/:approvalId</code> with <code>{ decision, remember? }</code>: the tool call goes on (or is refused).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="decided" tabindex="-1">decided <a class="header-anchor" href="#decided" aria-label="Permalink to &quot;decided&quot;">​</a></h3><blockquote><p><strong>decided</strong>: <code>true</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:103</p><hr><h3 id="decision" tabindex="-1">decision <a class="header-anchor" href="#decision" aria-label="Permalink to &quot;decision&quot;">​</a></h3><blockquote><p><strong>decision</strong>: <code>&quot;allow&quot;</code> | <code>&quot;deny&quot;</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:104</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/ToolApprovalResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ToolApprovalResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ToolApprovalResponse as default
};
