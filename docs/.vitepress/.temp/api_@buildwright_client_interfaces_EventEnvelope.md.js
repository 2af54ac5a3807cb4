import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EventEnvelope","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/EventEnvelope.md","filePath":"api/@buildwright/client/interfaces/EventEnvelope.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/EventEnvelope.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / EventEnvelope</p><h1 id="interface-eventenvelope" tabindex="-1">Interface: EventEnvelope <a class="header-anchor" href="#interface-eventenvelope" aria-label="Permalink to &quot;Interface: EventEnvelope&quot;">​</a></h1><p>Defined in: client/src/event-types.ts:128</p><p>The fields every event has.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="at" tabindex="-1">at <a class="header-anchor" href="#at" aria-label="Permalink to &quot;at&quot;">​</a></h3><blockquote><p><strong>at</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/event-types.ts:134</p><p>ISO timestamp.</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/event-types.ts:130</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/event-types.ts:129</p><hr><h3 id="seq" tabindex="-1">seq <a class="header-anchor" href="#seq" aria-label="Permalink to &quot;seq&quot;">​</a></h3><blockquote><p><strong>seq</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/event-types.ts:132</p><p>1, 2, 3... per run, no gaps.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/EventEnvelope.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EventEnvelope = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EventEnvelope as default
};
