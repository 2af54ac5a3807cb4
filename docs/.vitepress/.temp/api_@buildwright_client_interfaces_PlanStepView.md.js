import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlanStepView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/PlanStepView.md","filePath":"api/@buildwright/client/interfaces/PlanStepView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/PlanStepView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / PlanStepView</p><h1 id="interface-planstepview" tabindex="-1">Interface: PlanStepView <a class="header-anchor" href="#interface-planstepview" aria-label="Permalink to &quot;Interface: PlanStepView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:25</p><p>A plan step with its live status.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>files</strong>: readonly <code>string</code>[]</p></blockquote><p>Defined in: client/src/client-state.ts:28</p><hr><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>id</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:26</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>status</strong>: <code>&quot;pending&quot;</code> | <code>&quot;running&quot;</code> | <code>&quot;done&quot;</code></p></blockquote><p>Defined in: client/src/client-state.ts:29</p><hr><h3 id="title" tabindex="-1">title <a class="header-anchor" href="#title" aria-label="Permalink to &quot;title&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>title</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:27</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/PlanStepView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlanStepView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlanStepView as default
};
