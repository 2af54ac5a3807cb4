import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunPlanProps","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/interfaces/RunPlanProps.md","filePath":"api/@buildwright/react/interfaces/RunPlanProps.md"}');
const _sfc_main = { name: "api/@buildwright/react/interfaces/RunPlanProps.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / RunPlanProps</p><h1 id="interface-runplanprops" tabindex="-1">Interface: RunPlanProps <a class="header-anchor" href="#interface-runplanprops" aria-label="Permalink to &quot;Interface: RunPlanProps&quot;">​</a></h1><p>Defined in: react/src/components/run-plan.tsx:8</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="classname" tabindex="-1">className? <a class="header-anchor" href="#classname" aria-label="Permalink to &quot;className?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>className?</strong>: <code>string</code></p></blockquote><p>Defined in: react/src/components/run-plan.tsx:12</p><hr><h3 id="plan" tabindex="-1">plan? <a class="header-anchor" href="#plan" aria-label="Permalink to &quot;plan?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>plan?</strong>: <a href="./../../client/interfaces/PlanView"><code>PlanView</code></a> | <code>null</code></p></blockquote><p>Defined in: react/src/components/run-plan.tsx:10</p><p>The plan to show; the current run&#39;s when omitted (inside a provider).</p><hr><h3 id="unstyled" tabindex="-1">unstyled? <a class="header-anchor" href="#unstyled" aria-label="Permalink to &quot;unstyled?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>unstyled?</strong>: <code>boolean</code></p></blockquote><p>Defined in: react/src/components/run-plan.tsx:11</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/interfaces/RunPlanProps.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunPlanProps = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunPlanProps as default
};
