import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunStartOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/RunStartOptions.md","filePath":"api/@buildwright/client/interfaces/RunStartOptions.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/RunStartOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / RunStartOptions</p><h1 id="interface-runstartoptions" tabindex="-1">Interface: RunStartOptions <a class="header-anchor" href="#interface-runstartoptions" aria-label="Permalink to &quot;Interface: RunStartOptions&quot;">​</a></h1><p>Defined in: client/src/create-builder-client.ts:28</p><p>Options of a run the client starts.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="approveplan" tabindex="-1">approvePlan? <a class="header-anchor" href="#approveplan" aria-label="Permalink to &quot;approvePlan?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>approvePlan?</strong>: <code>boolean</code></p></blockquote><p>Defined in: client/src/create-builder-client.ts:30</p><p>Stop after the plan until <code>approvePlan</code> (see docs/plan-approval.md). Default false.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/RunStartOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunStartOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunStartOptions as default
};
