import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: McpServerOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/mcp/type-aliases/McpServerOptions.md","filePath":"api/@buildwright/adapters/mcp/type-aliases/McpServerOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/mcp/type-aliases/McpServerOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/mcp</a> / McpServerOptions</p><h1 id="type-alias-mcpserveroptions" tabindex="-1">Type Alias: McpServerOptions <a class="header-anchor" href="#type-alias-mcpserveroptions" aria-label="Permalink to &quot;Type Alias: McpServerOptions&quot;">​</a></h1><blockquote><p><strong>McpServerOptions</strong> = <code>McpServerCommon</code> &amp; <code>object</code> | <code>McpServerCommon</code> &amp; <code>object</code></p></blockquote><p>Defined in: adapters/src/mcp/mcp-server.ts:17</p><p>Options of <a href="./../functions/mcpServer">mcpServer</a>: a local server started as a process (stdio), or a remote one (Streamable HTTP).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/mcp/type-aliases/McpServerOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const McpServerOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  McpServerOptions as default
};
