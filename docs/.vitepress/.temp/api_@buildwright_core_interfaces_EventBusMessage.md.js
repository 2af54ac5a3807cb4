import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EventBusMessage","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/EventBusMessage.md","filePath":"api/@buildwright/core/interfaces/EventBusMessage.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/EventBusMessage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / EventBusMessage</p><h1 id="interface-eventbusmessage" tabindex="-1">Interface: EventBusMessage <a class="header-anchor" href="#interface-eventbusmessage" aria-label="Permalink to &quot;Interface: EventBusMessage&quot;">​</a></h1><p>Defined in: core/src/spec/event-bus.ts:8</p><p>What a subscriber of a run receives for one published event: the event itself, or only its <code>seq</code> (<code>event: null</code>) when the transport could not carry it (Postgres NOTIFY holds at most 8000 bytes). Every event is stored before it is published, so a <code>seq</code> alone is read from storage.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="event" tabindex="-1">event <a class="header-anchor" href="#event" aria-label="Permalink to &quot;event&quot;">​</a></h3><blockquote><p><strong>event</strong>: <a href="./../../client/type-aliases/BuildwrightEvent"><code>BuildwrightEvent</code></a> | <code>null</code></p></blockquote><p>Defined in: core/src/spec/event-bus.ts:12</p><p>The event, or <code>null</code>: read it from storage by <code>seq</code>.</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/event-bus.ts:9</p><hr><h3 id="seq" tabindex="-1">seq <a class="header-anchor" href="#seq" aria-label="Permalink to &quot;seq&quot;">​</a></h3><blockquote><p><strong>seq</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/event-bus.ts:10</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/EventBusMessage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EventBusMessage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EventBusMessage as default
};
