import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SandboxServer","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/SandboxServer.md","filePath":"api/@buildwright/core/interfaces/SandboxServer.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/SandboxServer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / SandboxServer</p><h1 id="interface-sandboxserver" tabindex="-1">Interface: SandboxServer <a class="header-anchor" href="#interface-sandboxserver" aria-label="Permalink to &quot;Interface: SandboxServer&quot;">​</a></h1><p>Defined in: core/src/spec/sandbox.ts:49</p><p>A long-running server (dev or preview server) started in a sandbox.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="port" tabindex="-1">port <a class="header-anchor" href="#port" aria-label="Permalink to &quot;port&quot;">​</a></h3><blockquote><p><strong>port</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/sandbox.ts:51</p><p>Port the server listens on inside the sandbox.</p><hr><h3 id="url" tabindex="-1">url <a class="header-anchor" href="#url" aria-label="Permalink to &quot;url&quot;">​</a></h3><blockquote><p><strong>url</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/sandbox.ts:53</p><p>URL a browser on this machine (or the internet, for remote sandboxes) can load.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="stop" tabindex="-1">stop() <a class="header-anchor" href="#stop" aria-label="Permalink to &quot;stop()&quot;">​</a></h3><blockquote><p><strong>stop</strong>(): <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Defined in: core/src/spec/sandbox.ts:55</p><p>Stops the server and its children.</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/SandboxServer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SandboxServer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SandboxServer as default
};
