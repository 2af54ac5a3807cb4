import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/core/mcp","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/mcp/index.md","filePath":"api/@buildwright/core/mcp/index.md"}');
const _sfc_main = { name: "api/@buildwright/core/mcp/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/core/mcp</p><h1 id="buildwright-core-mcp" tabindex="-1">@buildwright/core/mcp <a class="header-anchor" href="#buildwright-core-mcp" aria-label="Permalink to &quot;@buildwright/core/mcp&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/BuilderMcpServerOptions">BuilderMcpServerOptions</a></li><li><a href="./interfaces/McpRunStatus">McpRunStatus</a></li><li><a href="./interfaces/McpServerOptions">McpServerOptions</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/McpHandler">McpHandler</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/maxListedResources">maxListedResources</a></li><li><a href="./variables/mcpServerInfo">mcpServerInfo</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/createBuilderMcpServer">createBuilderMcpServer</a></li><li><a href="./functions/createMcpServer">createMcpServer</a></li><li><a href="./functions/projectFileUri">projectFileUri</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/mcp/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
