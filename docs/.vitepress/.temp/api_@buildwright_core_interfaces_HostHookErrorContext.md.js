import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HostHookErrorContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/HostHookErrorContext.md","filePath":"api/@buildwright/core/interfaces/HostHookErrorContext.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/HostHookErrorContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / HostHookErrorContext</p><h1 id="interface-hosthookerrorcontext" tabindex="-1">Interface: HostHookErrorContext <a class="header-anchor" href="#interface-hosthookerrorcontext" aria-label="Permalink to &quot;Interface: HostHookErrorContext&quot;">​</a></h1><p>Defined in: core/src/run/host-hooks.ts:61</p><p>A host hook that threw: passed to <code>onHookError</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="hook" tabindex="-1">hook <a class="header-anchor" href="#hook" aria-label="Permalink to &quot;hook&quot;">​</a></h3><blockquote><p><strong>hook</strong>: <code>&quot;onRunFinished&quot;</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:62</p><hr><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:64</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:63</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/HostHookErrorContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HostHookErrorContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HostHookErrorContext as default
};
