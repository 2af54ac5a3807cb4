import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunEventBusSpecOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/testing/interfaces/RunEventBusSpecOptions.md","filePath":"api/@buildwright/core/testing/interfaces/RunEventBusSpecOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/testing/interfaces/RunEventBusSpecOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/testing</a> / RunEventBusSpecOptions</p><h1 id="interface-runeventbusspecoptions" tabindex="-1">Interface: RunEventBusSpecOptions <a class="header-anchor" href="#interface-runeventbusspecoptions" aria-label="Permalink to &quot;Interface: RunEventBusSpecOptions&quot;">​</a></h1><p>Defined in: core/src/testing/event-bus-spec.ts:6</p><p>Options of <a href="./../functions/runEventBusSpec">runEventBusSpec</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="deliverytimeoutms" tabindex="-1">deliveryTimeoutMs? <a class="header-anchor" href="#deliverytimeoutms" aria-label="Permalink to &quot;deliveryTimeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>deliveryTimeoutMs?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/testing/event-bus-spec.ts:10</p><p>How long a message may take to arrive (ms). Default 5 000.</p><hr><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/testing/event-bus-spec.ts:8</p><p>Name of the <code>describe</code> block; defaults to <code>event bus spec</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/testing/interfaces/RunEventBusSpecOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunEventBusSpecOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunEventBusSpecOptions as default
};
