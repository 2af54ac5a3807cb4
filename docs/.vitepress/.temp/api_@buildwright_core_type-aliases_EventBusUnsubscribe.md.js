import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: EventBusUnsubscribe","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/EventBusUnsubscribe.md","filePath":"api/@buildwright/core/type-aliases/EventBusUnsubscribe.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/EventBusUnsubscribe.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / EventBusUnsubscribe</p><h1 id="type-alias-eventbusunsubscribe" tabindex="-1">Type Alias: EventBusUnsubscribe <a class="header-anchor" href="#type-alias-eventbusunsubscribe" aria-label="Permalink to &quot;Type Alias: EventBusUnsubscribe&quot;">​</a></h1><blockquote><p><strong>EventBusUnsubscribe</strong> = () =&gt; <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Defined in: core/src/spec/event-bus.ts:23</p><p>Ends a subscription. Resolves once the bus stopped listening (safe to call twice).</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/EventBusUnsubscribe.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EventBusUnsubscribe = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EventBusUnsubscribe as default
};
