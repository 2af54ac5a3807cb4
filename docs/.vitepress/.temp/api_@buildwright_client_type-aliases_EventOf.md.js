import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: EventOf<T>","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/EventOf.md","filePath":"api/@buildwright/client/type-aliases/EventOf.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/EventOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / EventOf</p><h1 id="type-alias-eventof-t" tabindex="-1">Type Alias: EventOf&lt;T&gt; <a class="header-anchor" href="#type-alias-eventof-t" aria-label="Permalink to &quot;Type Alias: EventOf\\&lt;T\\&gt;&quot;">​</a></h1><blockquote><p><strong>EventOf</strong>&lt;<code>T</code>&gt; = <code>Extract</code>&lt;<a href="./BuildwrightEvent"><code>BuildwrightEvent</code></a>, { <code>type</code>: <code>T</code>; }&gt;</p></blockquote><p>Defined in: client/src/event-types.ts:144</p><p>The event of one type.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code> <em>extends</em> <a href="./EventType"><code>EventType</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/EventOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EventOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EventOf as default
};
