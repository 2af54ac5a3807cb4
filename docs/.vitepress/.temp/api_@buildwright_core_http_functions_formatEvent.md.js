import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatEvent()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/http/functions/formatEvent.md","filePath":"api/@buildwright/core/http/functions/formatEvent.md"}');
const _sfc_main = { name: "api/@buildwright/core/http/functions/formatEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/http</a> / formatEvent</p><h1 id="function-formatevent" tabindex="-1">Function: formatEvent() <a class="header-anchor" href="#function-formatevent" aria-label="Permalink to &quot;Function: formatEvent()&quot;">​</a></h1><blockquote><p><strong>formatEvent</strong>(<code>event</code>): <code>string</code></p></blockquote><p>Defined in: core/src/http/sse.ts:34</p><p>One event as an SSE message: <code>id: &lt;seq&gt;</code> and the event as JSON in <code>data:</code> (its <code>type</code> inside).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="event" tabindex="-1">event <a class="header-anchor" href="#event" aria-label="Permalink to &quot;event&quot;">​</a></h3><p><a href="./../../../client/type-aliases/BuildwrightEvent"><code>BuildwrightEvent</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/http/functions/formatEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatEvent as default
};
