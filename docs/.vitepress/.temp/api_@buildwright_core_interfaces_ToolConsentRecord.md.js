import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ToolConsentRecord","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ToolConsentRecord.md","filePath":"api/@buildwright/core/interfaces/ToolConsentRecord.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ToolConsentRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ToolConsentRecord</p><h1 id="interface-toolconsentrecord" tabindex="-1">Interface: ToolConsentRecord <a class="header-anchor" href="#interface-toolconsentrecord" aria-label="Permalink to &quot;Interface: ToolConsentRecord&quot;">​</a></h1><p>Defined in: core/src/spec/storage.ts:117</p><p>A decision remembered for a project: calls of <code>server</code>&#39;s <code>tool</code> are allowed or denied without asking, while the tool&#39;s definition hash is still <code>toolHash</code> (a changed tool asks again).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="decidedat" tabindex="-1">decidedAt <a class="header-anchor" href="#decidedat" aria-label="Permalink to &quot;decidedAt&quot;">​</a></h3><blockquote><p><strong>decidedAt</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:124</p><hr><h3 id="decision" tabindex="-1">decision <a class="header-anchor" href="#decision" aria-label="Permalink to &quot;decision&quot;">​</a></h3><blockquote><p><strong>decision</strong>: <a href="./../type-aliases/ToolDecision"><code>ToolDecision</code></a></p></blockquote><p>Defined in: core/src/spec/storage.ts:123</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:118</p><hr><h3 id="server" tabindex="-1">server <a class="header-anchor" href="#server" aria-label="Permalink to &quot;server&quot;">​</a></h3><blockquote><p><strong>server</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:119</p><hr><h3 id="tool" tabindex="-1">tool <a class="header-anchor" href="#tool" aria-label="Permalink to &quot;tool&quot;">​</a></h3><blockquote><p><strong>tool</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:120</p><hr><h3 id="toolhash" tabindex="-1">toolHash <a class="header-anchor" href="#toolhash" aria-label="Permalink to &quot;toolHash&quot;">​</a></h3><blockquote><p><strong>toolHash</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:122</p><p>SHA-256 of the tool&#39;s definition (name, description, input schema) when decided.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ToolConsentRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ToolConsentRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ToolConsentRecord as default
};
