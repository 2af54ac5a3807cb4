import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ToolPinRecord","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ToolPinRecord.md","filePath":"api/@buildwright/core/interfaces/ToolPinRecord.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ToolPinRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ToolPinRecord</p><h1 id="interface-toolpinrecord" tabindex="-1">Interface: ToolPinRecord <a class="header-anchor" href="#interface-toolpinrecord" aria-label="Permalink to &quot;Interface: ToolPinRecord&quot;">​</a></h1><p>Defined in: core/src/spec/storage.ts:128</p><p>A server&#39;s tool list as last seen by a run of the project: its hash and each tool&#39;s.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="hash" tabindex="-1">hash <a class="header-anchor" href="#hash" aria-label="Permalink to &quot;hash&quot;">​</a></h3><blockquote><p><strong>hash</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:132</p><p>SHA-256 over the whole list.</p><hr><h3 id="pinnedat" tabindex="-1">pinnedAt <a class="header-anchor" href="#pinnedat" aria-label="Permalink to &quot;pinnedAt&quot;">​</a></h3><blockquote><p><strong>pinnedAt</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:135</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:129</p><hr><h3 id="server" tabindex="-1">server <a class="header-anchor" href="#server" aria-label="Permalink to &quot;server&quot;">​</a></h3><blockquote><p><strong>server</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:130</p><hr><h3 id="tools" tabindex="-1">tools <a class="header-anchor" href="#tools" aria-label="Permalink to &quot;tools&quot;">​</a></h3><blockquote><p><strong>tools</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Defined in: core/src/spec/storage.ts:134</p><p>Each tool&#39;s definition hash, by tool name.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ToolPinRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ToolPinRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ToolPinRecord as default
};
