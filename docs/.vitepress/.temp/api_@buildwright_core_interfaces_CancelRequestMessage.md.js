import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CancelRequestMessage","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/CancelRequestMessage.md","filePath":"api/@buildwright/core/interfaces/CancelRequestMessage.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/CancelRequestMessage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / CancelRequestMessage</p><h1 id="interface-cancelrequestmessage" tabindex="-1">Interface: CancelRequestMessage <a class="header-anchor" href="#interface-cancelrequestmessage" aria-label="Permalink to &quot;Interface: CancelRequestMessage&quot;">​</a></h1><p>Defined in: core/src/spec/event-bus.ts:16</p><p>A request to cancel a run, sent to the process executing it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="reason" tabindex="-1">reason <a class="header-anchor" href="#reason" aria-label="Permalink to &quot;reason&quot;">​</a></h3><blockquote><p><strong>reason</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/event-bus.ts:19</p><p>Why, as given to <code>builder.cancel</code> (it ends up in <code>run.cancelled</code>).</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/event-bus.ts:17</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/CancelRequestMessage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CancelRequestMessage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CancelRequestMessage as default
};
