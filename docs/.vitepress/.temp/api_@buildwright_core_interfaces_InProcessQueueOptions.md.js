import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InProcessQueueOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/InProcessQueueOptions.md","filePath":"api/@buildwright/core/interfaces/InProcessQueueOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/InProcessQueueOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / InProcessQueueOptions</p><h1 id="interface-inprocessqueueoptions" tabindex="-1">Interface: InProcessQueueOptions <a class="header-anchor" href="#interface-inprocessqueueoptions" aria-label="Permalink to &quot;Interface: InProcessQueueOptions&quot;">​</a></h1><p>Defined in: core/src/run/in-process-queue.ts:4</p><p>Options of <a href="./../functions/inProcessQueue">inProcessQueue</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="attempts" tabindex="-1">attempts? <a class="header-anchor" href="#attempts" aria-label="Permalink to &quot;attempts?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>attempts?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/run/in-process-queue.ts:6</p><p>Times a job whose processing throws is tried in all before it is dropped. Default 3.</p><hr><h3 id="backoffms" tabindex="-1">backoffMs? <a class="header-anchor" href="#backoffms" aria-label="Permalink to &quot;backoffMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>backoffMs?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/run/in-process-queue.ts:8</p><p>Wait before trying a job again after a throw, doubled each time (ms). Default 1,000.</p><hr><h3 id="onfailed" tabindex="-1">onFailed? <a class="header-anchor" href="#onfailed" aria-label="Permalink to &quot;onFailed?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>onFailed?</strong>: (<code>job</code>, <code>error</code>) =&gt; <code>void</code></p></blockquote><p>Defined in: core/src/run/in-process-queue.ts:10</p><p>Called with a job dropped after its last attempt threw (default: nothing; the run&#39;s record says how it stopped).</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="job" tabindex="-1">job <a class="header-anchor" href="#job" aria-label="Permalink to &quot;job&quot;">​</a></h5><p><a href="./RunJob"><code>RunJob</code></a></p><h5 id="error" tabindex="-1">error <a class="header-anchor" href="#error" aria-label="Permalink to &quot;error&quot;">​</a></h5><p><code>unknown</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/InProcessQueueOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InProcessQueueOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InProcessQueueOptions as default
};
