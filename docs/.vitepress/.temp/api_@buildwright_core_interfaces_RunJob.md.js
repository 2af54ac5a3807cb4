import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunJob","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/RunJob.md","filePath":"api/@buildwright/core/interfaces/RunJob.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/RunJob.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RunJob</p><h1 id="interface-runjob" tabindex="-1">Interface: RunJob <a class="header-anchor" href="#interface-runjob" aria-label="Permalink to &quot;Interface: RunJob&quot;">​</a></h1><p>Defined in: core/src/spec/queue.ts:6</p><p>One job of a run queue: the run to execute. Its state is in storage (records, events, the checkpoint), so a job is only ids and can be delivered again: a worker that takes it claims the run&#39;s lease, then resumes the run from its checkpoint or starts it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="approveplan" tabindex="-1">approvePlan? <a class="header-anchor" href="#approveplan" aria-label="Permalink to &quot;approvePlan?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>approvePlan?</strong>: <code>boolean</code></p></blockquote><p>Defined in: core/src/spec/queue.ts:16</p><p>The run stops after its plan until it is approved (<code>generate({ approvePlan: true })</code>).</p><hr><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/queue.ts:9</p><p>Owner of the run: storage reads are scoped to it, and per-owner concurrency counts by it.</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/queue.ts:7</p><hr><h3 id="start" tabindex="-1">start? <a class="header-anchor" href="#start" aria-label="Permalink to &quot;start?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>start?</strong>: <code>object</code></p></blockquote><p>Defined in: core/src/spec/queue.ts:14</p><p>What a generation needs to rebuild its starting files when no worker stored its first checkpoint yet: the <code>template</code> name and the existing <code>contract</code> given to <code>generate</code> (JSON).</p><h4 id="contract" tabindex="-1">contract? <a class="header-anchor" href="#contract" aria-label="Permalink to &quot;contract?&quot;">​</a></h4><blockquote><p><code>optional</code> <strong>contract?</strong>: <code>unknown</code></p></blockquote><h4 id="template" tabindex="-1">template? <a class="header-anchor" href="#template" aria-label="Permalink to &quot;template?&quot;">​</a></h4><blockquote><p><code>optional</code> <strong>template?</strong>: <code>string</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/RunJob.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunJob = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunJob as default
};
