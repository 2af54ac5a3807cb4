import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: UsageView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/UsageView.md","filePath":"api/@buildwright/client/interfaces/UsageView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/UsageView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / UsageView</p><h1 id="interface-usageview" tabindex="-1">Interface: UsageView <a class="header-anchor" href="#interface-usageview" aria-label="Permalink to &quot;Interface: UsageView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:54</p><p>Usage summed over the run&#39;s model calls.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="calls" tabindex="-1">calls <a class="header-anchor" href="#calls" aria-label="Permalink to &quot;calls&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>calls</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/client-state.ts:55</p><hr><h3 id="costusd" tabindex="-1">costUsd <a class="header-anchor" href="#costusd" aria-label="Permalink to &quot;costUsd&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>costUsd</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/client-state.ts:58</p><hr><h3 id="estimated" tabindex="-1">estimated <a class="header-anchor" href="#estimated" aria-label="Permalink to &quot;estimated&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>estimated</strong>: <code>boolean</code></p></blockquote><p>Defined in: client/src/client-state.ts:60</p><p>True when any figure was estimated (the provider reported none).</p><hr><h3 id="inputtokens" tabindex="-1">inputTokens <a class="header-anchor" href="#inputtokens" aria-label="Permalink to &quot;inputTokens&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>inputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/client-state.ts:56</p><hr><h3 id="outputtokens" tabindex="-1">outputTokens <a class="header-anchor" href="#outputtokens" aria-label="Permalink to &quot;outputTokens&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>outputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/client-state.ts:57</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/UsageView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UsageView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UsageView as default
};
