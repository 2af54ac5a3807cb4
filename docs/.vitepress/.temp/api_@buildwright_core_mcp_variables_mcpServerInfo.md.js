import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: mcpServerInfo","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/mcp/variables/mcpServerInfo.md","filePath":"api/@buildwright/core/mcp/variables/mcpServerInfo.md"}');
const _sfc_main = { name: "api/@buildwright/core/mcp/variables/mcpServerInfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/mcp</a> / mcpServerInfo</p><h1 id="variable-mcpserverinfo" tabindex="-1">Variable: mcpServerInfo <a class="header-anchor" href="#variable-mcpserverinfo" aria-label="Permalink to &quot;Variable: mcpServerInfo&quot;">​</a></h1><blockquote><p><code>const</code> <strong>mcpServerInfo</strong>: <code>object</code></p></blockquote><p>Defined in: core/src/mcp/create-builder-mcp-server.ts:11</p><p>The name and version an MCP client sees for the server.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>name</strong>: <code>&quot;buildwright&quot;</code> = <code>&#39;buildwright&#39;</code></p></blockquote><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>version</strong>: <code>&quot;0.1.0&quot;</code> = <code>&#39;0.1.0&#39;</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/mcp/variables/mcpServerInfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mcpServerInfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mcpServerInfo as default
};
