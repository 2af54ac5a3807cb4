import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: RunPlan()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/functions/RunPlan.md","filePath":"api/@buildwright/react/functions/RunPlan.md"}');
const _sfc_main = { name: "api/@buildwright/react/functions/RunPlan.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / RunPlan</p><h1 id="function-runplan" tabindex="-1">Function: RunPlan() <a class="header-anchor" href="#function-runplan" aria-label="Permalink to &quot;Function: RunPlan()&quot;">​</a></h1><blockquote><p><strong>RunPlan</strong>(<code>props</code>): <code>ReactNode</code></p></blockquote><p>Defined in: react/src/components/run-plan.tsx:24</p><p>The run&#39;s plan with each step&#39;s live status (to do, in progress, done).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="props" tabindex="-1">props <a class="header-anchor" href="#props" aria-label="Permalink to &quot;props&quot;">​</a></h3><p><a href="./../interfaces/RunPlanProps"><code>RunPlanProps</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>ReactNode</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&lt;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">RunPlan </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">/&gt;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/functions/RunPlan.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunPlan = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunPlan as default
};
