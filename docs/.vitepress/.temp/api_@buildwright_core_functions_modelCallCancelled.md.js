import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: modelCallCancelled()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/modelCallCancelled.md","filePath":"api/@buildwright/core/functions/modelCallCancelled.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/modelCallCancelled.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / modelCallCancelled</p><h1 id="function-modelcallcancelled" tabindex="-1">Function: modelCallCancelled() <a class="header-anchor" href="#function-modelcallcancelled" aria-label="Permalink to &quot;Function: modelCallCancelled()&quot;">​</a></h1><blockquote><p><strong>modelCallCancelled</strong>(<code>reason</code>): <a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p></blockquote><p>Defined in: core/src/llm/model-call-cancelled.ts:11</p><p>The caller&#39;s abort reason of a model call as a BuildwrightError: the reason itself when it already is one (a run&#39;s cancel or timeout), else RUN_CANCELLED with the reason as its cause. Model adapters throw it when <code>request.signal</code> aborts.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="reason" tabindex="-1">reason <a class="header-anchor" href="#reason" aria-label="Permalink to &quot;reason&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../client/classes/BuildwrightError"><code>BuildwrightError</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">if</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> (request.signal?.aborted) </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">throw</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> modelCallCancelled</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(request.signal.reason);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/modelCallCancelled.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const modelCallCancelled = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  modelCallCancelled as default
};
