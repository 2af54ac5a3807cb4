import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OwnerUsageRecord","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/OwnerUsageRecord.md","filePath":"api/@buildwright/core/interfaces/OwnerUsageRecord.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/OwnerUsageRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / OwnerUsageRecord</p><h1 id="interface-ownerusagerecord" tabindex="-1">Interface: OwnerUsageRecord <a class="header-anchor" href="#interface-ownerusagerecord" aria-label="Permalink to &quot;Interface: OwnerUsageRecord&quot;">​</a></h1><p>Defined in: core/src/spec/storage.ts:56</p><p>An owner&#39;s model usage on one day: the sum of the usage of their runs&#39; model calls made that day, the day taken in the builder&#39;s <code>usageTimeZone</code>. What daily owner limits are checked against.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="costusd" tabindex="-1">costUsd <a class="header-anchor" href="#costusd" aria-label="Permalink to &quot;costUsd&quot;">​</a></h3><blockquote><p><strong>costUsd</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:65</p><p>Cost in US dollars (0 for calls whose model has no known price).</p><hr><h3 id="day" tabindex="-1">day <a class="header-anchor" href="#day" aria-label="Permalink to &quot;day&quot;">​</a></h3><blockquote><p><strong>day</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:59</p><p>The calendar day, <code>YYYY-MM-DD</code>.</p><hr><h3 id="inputtokens" tabindex="-1">inputTokens <a class="header-anchor" href="#inputtokens" aria-label="Permalink to &quot;inputTokens&quot;">​</a></h3><blockquote><p><strong>inputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:61</p><p>Prompt tokens.</p><hr><h3 id="outputtokens" tabindex="-1">outputTokens <a class="header-anchor" href="#outputtokens" aria-label="Permalink to &quot;outputTokens&quot;">​</a></h3><blockquote><p><strong>outputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:63</p><p>Completion tokens.</p><hr><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:57</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/OwnerUsageRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OwnerUsageRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OwnerUsageRecord as default
};
