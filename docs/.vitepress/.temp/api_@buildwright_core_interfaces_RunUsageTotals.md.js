import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunUsageTotals","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/RunUsageTotals.md","filePath":"api/@buildwright/core/interfaces/RunUsageTotals.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/RunUsageTotals.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RunUsageTotals</p><h1 id="interface-runusagetotals" tabindex="-1">Interface: RunUsageTotals <a class="header-anchor" href="#interface-runusagetotals" aria-label="Permalink to &quot;Interface: RunUsageTotals&quot;">​</a></h1><p>Defined in: core/src/run/host-hooks.ts:45</p><p>The usage of one run: the sum of its stored <code>usage</code> events.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="costusd" tabindex="-1">costUsd <a class="header-anchor" href="#costusd" aria-label="Permalink to &quot;costUsd&quot;">​</a></h3><blockquote><p><strong>costUsd</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:48</p><hr><h3 id="inputtokens" tabindex="-1">inputTokens <a class="header-anchor" href="#inputtokens" aria-label="Permalink to &quot;inputTokens&quot;">​</a></h3><blockquote><p><strong>inputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:46</p><hr><h3 id="outputtokens" tabindex="-1">outputTokens <a class="header-anchor" href="#outputtokens" aria-label="Permalink to &quot;outputTokens&quot;">​</a></h3><blockquote><p><strong>outputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:47</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/RunUsageTotals.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunUsageTotals = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunUsageTotals as default
};
