import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: EventInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/EventInput.md","filePath":"api/@buildwright/client/type-aliases/EventInput.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/EventInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / EventInput</p><h1 id="type-alias-eventinput" tabindex="-1">Type Alias: EventInput <a class="header-anchor" href="#type-alias-eventinput" aria-label="Permalink to &quot;Type Alias: EventInput&quot;">​</a></h1><blockquote><p><strong>EventInput</strong> = <code>{ [T in EventType]: Flatten&lt;{ type: T } &amp; EventPayloads[T]&gt; }</code>[<a href="./EventType"><code>EventType</code></a>]</p></blockquote><p>Defined in: client/src/event-types.ts:147</p><p>An event before the engine numbers and stamps it.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/EventInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EventInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EventInput as default
};
