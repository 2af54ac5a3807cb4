import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: sleep()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/functions/sleep.md","filePath":"api/@buildwright/client/functions/sleep.md"}');
const _sfc_main = { name: "api/@buildwright/client/functions/sleep.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / sleep</p><h1 id="function-sleep" tabindex="-1">Function: sleep() <a class="header-anchor" href="#function-sleep" aria-label="Permalink to &quot;Function: sleep()&quot;">​</a></h1><blockquote><p><strong>sleep</strong>(<code>ms</code>, <code>signal?</code>): <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Defined in: client/src/sleep.ts:9</p><p>Waits <code>ms</code> milliseconds. With a <code>signal</code>, an abort ends the wait at once and the promise rejects with the signal&#39;s reason (at once when it is already aborted), so a cancelled run or request does not sit out a backoff or a poll interval.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="ms" tabindex="-1">ms <a class="header-anchor" href="#ms" aria-label="Permalink to &quot;ms&quot;">​</a></h3><p><code>number</code></p><h3 id="signal" tabindex="-1">signal? <a class="header-anchor" href="#signal" aria-label="Permalink to &quot;signal?&quot;">​</a></h3><p><code>AbortSignal</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>void</code>&gt;</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">await</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> sleep</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">250</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, request.signal);</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/functions/sleep.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sleep = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sleep as default
};
