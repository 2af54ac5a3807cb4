import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ToolApprovalView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/ToolApprovalView.md","filePath":"api/@buildwright/client/interfaces/ToolApprovalView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/ToolApprovalView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ToolApprovalView</p><h1 id="interface-toolapprovalview" tabindex="-1">Interface: ToolApprovalView <a class="header-anchor" href="#interface-toolapprovalview" aria-label="Permalink to &quot;Interface: ToolApprovalView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:91</p><p>A tool call that asked for approval (<code>tool.approval_requested</code>), and its decision once made.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="arguments" tabindex="-1">arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;arguments&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>arguments</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;&gt;</p></blockquote><p>Defined in: client/src/client-state.ts:95</p><hr><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>id</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:92</p><hr><h3 id="server" tabindex="-1">server <a class="header-anchor" href="#server" aria-label="Permalink to &quot;server&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>server</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:93</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>status</strong>: <code>&quot;pending&quot;</code> | <code>&quot;allow&quot;</code> | <code>&quot;deny&quot;</code></p></blockquote><p>Defined in: client/src/client-state.ts:96</p><hr><h3 id="tool" tabindex="-1">tool <a class="header-anchor" href="#tool" aria-label="Permalink to &quot;tool&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>tool</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:94</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/ToolApprovalView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ToolApprovalView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ToolApprovalView as default
};
