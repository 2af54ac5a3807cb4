import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: inProcessEventBus()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/inProcessEventBus.md","filePath":"api/@buildwright/core/functions/inProcessEventBus.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/inProcessEventBus.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / inProcessEventBus</p><h1 id="function-inprocesseventbus" tabindex="-1">Function: inProcessEventBus() <a class="header-anchor" href="#function-inprocesseventbus" aria-label="Permalink to &quot;Function: inProcessEventBus()&quot;">​</a></h1><blockquote><p><strong>inProcessEventBus</strong>(): <a href="./../interfaces/EventBus"><code>EventBus</code></a></p></blockquote><p>Defined in: core/src/run/in-process-event-bus.ts:17</p><p>The event bus of one process, and the builder&#39;s default: a run&#39;s events reach the watchers of the builders that share this bus object, synchronously, in publish order. Nothing crosses a process; for that use <code>redisEventBus</code> or <code>postgresEventBus</code> from <code>@buildwright/adapters</code>.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/EventBus"><code>EventBus</code></a></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">import</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { createBuilder, inProcessEventBus } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">from</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;@buildwright/core&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span>
<span class="line"></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> eventBus</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> inProcessEventBus</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">();</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> api</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createBuilder</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ llm, sandbox, storage, eventBus });</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> worker</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createBuilder</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ llm, sandbox, storage, eventBus });</span></span>
<span class="line"><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// api.watch(runId) follows a run that worker executes; api.cancel(runId) stops it.</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/inProcessEventBus.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const inProcessEventBus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  inProcessEventBus as default
};
