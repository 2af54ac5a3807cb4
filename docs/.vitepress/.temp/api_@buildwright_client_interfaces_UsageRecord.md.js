import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: UsageRecord","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/UsageRecord.md","filePath":"api/@buildwright/client/interfaces/UsageRecord.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/UsageRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / UsageRecord</p><h1 id="interface-usagerecord" tabindex="-1">Interface: UsageRecord <a class="header-anchor" href="#interface-usagerecord" aria-label="Permalink to &quot;Interface: UsageRecord&quot;">​</a></h1><p>Defined in: client/src/records.ts:132</p><p>Usage of one model call, stored per run.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cachedinputtokens" tabindex="-1">cachedInputTokens <a class="header-anchor" href="#cachedinputtokens" aria-label="Permalink to &quot;cachedInputTokens&quot;">​</a></h3><blockquote><p><strong>cachedInputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/records.ts:138</p><hr><h3 id="costusd" tabindex="-1">costUsd <a class="header-anchor" href="#costusd" aria-label="Permalink to &quot;costUsd&quot;">​</a></h3><blockquote><p><strong>costUsd</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/records.ts:139</p><hr><h3 id="estimated" tabindex="-1">estimated <a class="header-anchor" href="#estimated" aria-label="Permalink to &quot;estimated&quot;">​</a></h3><blockquote><p><strong>estimated</strong>: <code>boolean</code></p></blockquote><p>Defined in: client/src/records.ts:140</p><hr><h3 id="inputtokens" tabindex="-1">inputTokens <a class="header-anchor" href="#inputtokens" aria-label="Permalink to &quot;inputTokens&quot;">​</a></h3><blockquote><p><strong>inputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/records.ts:136</p><hr><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><blockquote><p><strong>model</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:135</p><hr><h3 id="node" tabindex="-1">node <a class="header-anchor" href="#node" aria-label="Permalink to &quot;node&quot;">​</a></h3><blockquote><p><strong>node</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:134</p><hr><h3 id="outputtokens" tabindex="-1">outputTokens <a class="header-anchor" href="#outputtokens" aria-label="Permalink to &quot;outputTokens&quot;">​</a></h3><blockquote><p><strong>outputTokens</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/records.ts:137</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:133</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/UsageRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UsageRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UsageRecord as default
};
