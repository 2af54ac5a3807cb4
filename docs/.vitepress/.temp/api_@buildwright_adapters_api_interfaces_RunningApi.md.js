import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunningApi","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/interfaces/RunningApi.md","filePath":"api/@buildwright/adapters/api/interfaces/RunningApi.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/interfaces/RunningApi.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / RunningApi</p><h1 id="interface-runningapi" tabindex="-1">Interface: RunningApi <a class="header-anchor" href="#interface-runningapi" aria-label="Permalink to &quot;Interface: RunningApi&quot;">​</a></h1><p>Defined in: adapters/src/api/api-session.ts:4</p><p>The API server the start check started in a sandbox.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="logpath" tabindex="-1">logPath <a class="header-anchor" href="#logpath" aria-label="Permalink to &quot;logPath&quot;">​</a></h3><blockquote><p><strong>logPath</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/api/api-session.ts:9</p><p>Project-relative file the server&#39;s stdout and stderr go to.</p><hr><h3 id="server" tabindex="-1">server <a class="header-anchor" href="#server" aria-label="Permalink to &quot;server&quot;">​</a></h3><blockquote><p><strong>server</strong>: <a href="./../../../core/interfaces/SandboxServer"><code>SandboxServer</code></a></p></blockquote><p>Defined in: adapters/src/api/api-session.ts:5</p><hr><h3 id="url" tabindex="-1">url <a class="header-anchor" href="#url" aria-label="Permalink to &quot;url&quot;">​</a></h3><blockquote><p><strong>url</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/api/api-session.ts:7</p><p>Where this machine reaches it.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/interfaces/RunningApi.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunningApi = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunningApi as default
};
