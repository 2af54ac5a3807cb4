import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SandboxAdapter","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/SandboxAdapter.md","filePath":"api/@buildwright/core/interfaces/SandboxAdapter.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/SandboxAdapter.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / SandboxAdapter</p><h1 id="interface-sandboxadapter" tabindex="-1">Interface: SandboxAdapter <a class="header-anchor" href="#interface-sandboxadapter" aria-label="Permalink to &quot;Interface: SandboxAdapter&quot;">​</a></h1><p>Defined in: core/src/spec/sandbox.ts:94</p><p>Opens sandboxes. Factories do no I/O; <code>open</code> does.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="provider" tabindex="-1">provider <a class="header-anchor" href="#provider" aria-label="Permalink to &quot;provider&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>provider</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/sandbox.ts:97</p><p>Provider name, e.g. <code>local</code>, <code>e2b</code>, <code>memory</code>.</p><hr><h3 id="specificationversion" tabindex="-1">specificationVersion <a class="header-anchor" href="#specificationversion" aria-label="Permalink to &quot;specificationVersion&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>specificationVersion</strong>: <code>&quot;v1&quot;</code></p></blockquote><p>Defined in: core/src/spec/sandbox.ts:95</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="open" tabindex="-1">open() <a class="header-anchor" href="#open" aria-label="Permalink to &quot;open()&quot;">​</a></h3><blockquote><p><strong>open</strong>(<code>options</code>): <code>Promise</code>&lt;<a href="./Sandbox"><code>Sandbox</code></a>&gt;</p></blockquote><p>Defined in: core/src/spec/sandbox.ts:99</p><p>Creates (or reconnects to) the sandbox of a project. The sandbox is a cache: storage holds the files.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h5><h6 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h6><p><code>string</code></p><h6 id="signal" tabindex="-1">signal? <a class="header-anchor" href="#signal" aria-label="Permalink to &quot;signal?&quot;">​</a></h6><p><code>AbortSignal</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<a href="./Sandbox"><code>Sandbox</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/SandboxAdapter.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SandboxAdapter = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SandboxAdapter as default
};
