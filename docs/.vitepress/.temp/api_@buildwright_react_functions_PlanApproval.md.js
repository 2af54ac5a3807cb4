import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: PlanApproval()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/functions/PlanApproval.md","filePath":"api/@buildwright/react/functions/PlanApproval.md"}');
const _sfc_main = { name: "api/@buildwright/react/functions/PlanApproval.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / PlanApproval</p><h1 id="function-planapproval" tabindex="-1">Function: PlanApproval() <a class="header-anchor" href="#function-planapproval" aria-label="Permalink to &quot;Function: PlanApproval()&quot;">​</a></h1><blockquote><p><strong>PlanApproval</strong>(<code>props</code>): <code>ReactNode</code></p></blockquote><p>Defined in: react/src/components/plan-approval.tsx:28</p><p>The plan of a run waiting for approval (<code>generate({ approvePlan: true })</code>), editable: rename a step, remove it, move it up or down; Build approves the plan as edited, Reject cancels the run. Shown by <code>&lt;BuilderChat approvePlan/&gt;</code>; renders nothing when no plan waits.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="props" tabindex="-1">props <a class="header-anchor" href="#props" aria-label="Permalink to &quot;props&quot;">​</a></h3><p><a href="./../interfaces/PlanApprovalProps"><code>PlanApprovalProps</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>ReactNode</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">&lt;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">PlanApproval </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">/&gt;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/functions/PlanApproval.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlanApproval = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlanApproval as default
};
