import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ExternalTool","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ExternalTool.md","filePath":"api/@buildwright/core/interfaces/ExternalTool.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ExternalTool.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ExternalTool</p><h1 id="interface-externaltool" tabindex="-1">Interface: ExternalTool <a class="header-anchor" href="#interface-externaltool" aria-label="Permalink to &quot;Interface: ExternalTool&quot;">​</a></h1><p>Defined in: core/src/spec/tool-provider.ts:8</p><p>A tool an external server offers, as the server describes it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="description" tabindex="-1">description <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description&quot;">​</a></h3><blockquote><p><strong>description</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/tool-provider.ts:12</p><p>What it does, written by the server (untrusted: shown to the model as the server&#39;s words).</p><hr><h3 id="inputschema" tabindex="-1">inputSchema <a class="header-anchor" href="#inputschema" aria-label="Permalink to &quot;inputSchema&quot;">​</a></h3><blockquote><p><strong>inputSchema</strong>: <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p></blockquote><p>Defined in: core/src/spec/tool-provider.ts:14</p><p>JSON Schema of its arguments object.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/tool-provider.ts:10</p><p>The server&#39;s name for it (<code>lookup_brand_colors</code>); the model sees <code>mcp__&lt;server&gt;__&lt;name&gt;</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ExternalTool.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExternalTool = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExternalTool as default
};
