import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Worker","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/Worker.md","filePath":"api/@buildwright/core/interfaces/Worker.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/Worker.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / Worker</p><h1 id="interface-worker" tabindex="-1">Interface: Worker <a class="header-anchor" href="#interface-worker" aria-label="Permalink to &quot;Interface: Worker&quot;">​</a></h1><p>Defined in: core/src/builder/create-worker.ts:27</p><p>A worker consuming a run queue (see <a href="./../functions/createWorker">createWorker</a>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="workerid" tabindex="-1">workerId <a class="header-anchor" href="#workerid" aria-label="Permalink to &quot;workerId&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>workerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/builder/create-worker.ts:28</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="close" tabindex="-1">close() <a class="header-anchor" href="#close" aria-label="Permalink to &quot;close()&quot;">​</a></h3><blockquote><p><strong>close</strong>(<code>options?</code>): <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Defined in: core/src/builder/create-worker.ts:36</p><p>Stops taking jobs; each running run goes on to its next checkpoint (or its end), then gives its lease up and goes back on the queue for another worker to resume. After <code>timeoutMs</code> (default <code>shutdownTimeoutMs</code>) the runs still going are given up where they are. Then the sandboxes this worker opened are stopped. Storage, chain and queue stay open (a builder may share them): close them yourself.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h5><h6 id="timeoutms" tabindex="-1">timeoutMs? <a class="header-anchor" href="#timeoutms" aria-label="Permalink to &quot;timeoutMs?&quot;">​</a></h6><p><code>number</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/Worker.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Worker = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Worker as default
};
