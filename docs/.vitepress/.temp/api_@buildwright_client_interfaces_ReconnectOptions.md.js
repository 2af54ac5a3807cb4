import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ReconnectOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/ReconnectOptions.md","filePath":"api/@buildwright/client/interfaces/ReconnectOptions.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/ReconnectOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ReconnectOptions</p><h1 id="interface-reconnectoptions" tabindex="-1">Interface: ReconnectOptions <a class="header-anchor" href="#interface-reconnectoptions" aria-label="Permalink to &quot;Interface: ReconnectOptions&quot;">​</a></h1><p>Defined in: client/src/follow-run.ts:10</p><p>Reconnection of the event stream: exponential backoff from <code>initialDelayMs</code> to <code>maxDelayMs</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="initialdelayms" tabindex="-1">initialDelayMs? <a class="header-anchor" href="#initialdelayms" aria-label="Permalink to &quot;initialDelayMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>initialDelayMs?</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/follow-run.ts:12</p><p>First delay after a lost connection. Default 250 ms.</p><hr><h3 id="maxattempts" tabindex="-1">maxAttempts? <a class="header-anchor" href="#maxattempts" aria-label="Permalink to &quot;maxAttempts?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxAttempts?</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/follow-run.ts:16</p><p>Failed attempts in a row before giving up (an attempt that delivered events resets the count). Default 10.</p><hr><h3 id="maxdelayms" tabindex="-1">maxDelayMs? <a class="header-anchor" href="#maxdelayms" aria-label="Permalink to &quot;maxDelayMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxDelayMs?</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/follow-run.ts:14</p><p>Longest delay between attempts. Default 5 000 ms.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/ReconnectOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ReconnectOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ReconnectOptions as default
};
