import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunBudgets","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/RunBudgets.md","filePath":"api/@buildwright/client/interfaces/RunBudgets.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/RunBudgets.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / RunBudgets</p><h1 id="interface-runbudgets" tabindex="-1">Interface: RunBudgets <a class="header-anchor" href="#interface-runbudgets" aria-label="Permalink to &quot;Interface: RunBudgets&quot;">​</a></h1><p>Defined in: client/src/records.ts:32</p><p>Budgets of one run.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./../../core/interfaces/RunLimits"><code>RunLimits</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxcostusd" tabindex="-1">maxCostUsd? <a class="header-anchor" href="#maxcostusd" aria-label="Permalink to &quot;maxCostUsd?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxCostUsd?</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/records.ts:40</p><p>Cost in US dollars before the run fails (from the owner&#39;s <code>maxCostUsdPerRun</code>); no cap when absent.</p><hr><h3 id="maxfixattempts" tabindex="-1">maxFixAttempts <a class="header-anchor" href="#maxfixattempts" aria-label="Permalink to &quot;maxFixAttempts&quot;">​</a></h3><blockquote><p><strong>maxFixAttempts</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/records.ts:34</p><p>Fix attempts before the run fails.</p><hr><h3 id="maxtokens" tabindex="-1">maxTokens <a class="header-anchor" href="#maxtokens" aria-label="Permalink to &quot;maxTokens&quot;">​</a></h3><blockquote><p><strong>maxTokens</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/records.ts:36</p><p>Total input + output tokens before the run fails.</p><hr><h3 id="maxwalltimems" tabindex="-1">maxWallTimeMs <a class="header-anchor" href="#maxwalltimems" aria-label="Permalink to &quot;maxWallTimeMs&quot;">​</a></h3><blockquote><p><strong>maxWallTimeMs</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/records.ts:38</p><p>Wall time in milliseconds before the run fails.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/RunBudgets.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunBudgets = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunBudgets as default
};
