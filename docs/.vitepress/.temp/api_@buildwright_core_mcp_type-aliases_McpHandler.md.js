import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: McpHandler","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/mcp/type-aliases/McpHandler.md","filePath":"api/@buildwright/core/mcp/type-aliases/McpHandler.md"}');
const _sfc_main = { name: "api/@buildwright/core/mcp/type-aliases/McpHandler.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/mcp</a> / McpHandler</p><h1 id="type-alias-mcphandler" tabindex="-1">Type Alias: McpHandler <a class="header-anchor" href="#type-alias-mcphandler" aria-label="Permalink to &quot;Type Alias: McpHandler&quot;">​</a></h1><blockquote><p><strong>McpHandler</strong> = (<code>request</code>) =&gt; <code>Promise</code>&lt;<code>Response</code>&gt;</p></blockquote><p>Defined in: core/src/mcp/create-mcp-server.ts:9</p><p>A Web-standard request handler serving MCP&#39;s Streamable HTTP transport.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="request" tabindex="-1">request <a class="header-anchor" href="#request" aria-label="Permalink to &quot;request&quot;">​</a></h3><p><code>Request</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>Response</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/mcp/type-aliases/McpHandler.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const McpHandler = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  McpHandler as default
};
