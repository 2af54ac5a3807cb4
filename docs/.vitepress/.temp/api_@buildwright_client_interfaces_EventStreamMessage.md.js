import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EventStreamMessage","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/EventStreamMessage.md","filePath":"api/@buildwright/client/interfaces/EventStreamMessage.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/EventStreamMessage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / EventStreamMessage</p><h1 id="interface-eventstreammessage" tabindex="-1">Interface: EventStreamMessage <a class="header-anchor" href="#interface-eventstreammessage" aria-label="Permalink to &quot;Interface: EventStreamMessage&quot;">​</a></h1><p>Defined in: client/src/read-event-stream.ts:2</p><p>One Server-Sent Events message.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><blockquote><p><strong>data</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/read-event-stream.ts:6</p><p><code>data:</code> lines joined by <code>\\n</code>.</p><hr><h3 id="event" tabindex="-1">event <a class="header-anchor" href="#event" aria-label="Permalink to &quot;event&quot;">​</a></h3><blockquote><p><strong>event</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/read-event-stream.ts:4</p><p><code>event:</code> field; <code>message</code> when absent.</p><hr><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><strong>id</strong>: <code>string</code> | <code>undefined</code></p></blockquote><p>Defined in: client/src/read-event-stream.ts:8</p><p><code>id:</code> field, when given.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/EventStreamMessage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EventStreamMessage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EventStreamMessage as default
};
