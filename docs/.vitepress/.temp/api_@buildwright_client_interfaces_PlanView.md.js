import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlanView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/PlanView.md","filePath":"api/@buildwright/client/interfaces/PlanView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/PlanView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / PlanView</p><h1 id="interface-planview" tabindex="-1">Interface: PlanView <a class="header-anchor" href="#interface-planview" aria-label="Permalink to &quot;Interface: PlanView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:32</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="steps" tabindex="-1">steps <a class="header-anchor" href="#steps" aria-label="Permalink to &quot;steps&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>steps</strong>: readonly <a href="./PlanStepView"><code>PlanStepView</code></a>[]</p></blockquote><p>Defined in: client/src/client-state.ts:35</p><hr><h3 id="summary" tabindex="-1">summary <a class="header-anchor" href="#summary" aria-label="Permalink to &quot;summary&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>summary</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:34</p><hr><h3 id="title" tabindex="-1">title <a class="header-anchor" href="#title" aria-label="Permalink to &quot;title&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>title</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/client-state.ts:33</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/PlanView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlanView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlanView as default
};
