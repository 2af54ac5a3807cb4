import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunLease","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/RunLease.md","filePath":"api/@buildwright/core/interfaces/RunLease.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/RunLease.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RunLease</p><h1 id="interface-runlease" tabindex="-1">Interface: RunLease <a class="header-anchor" href="#interface-runlease" aria-label="Permalink to &quot;Interface: RunLease&quot;">​</a></h1><p>Defined in: core/src/spec/storage.ts:73</p><p>A worker&#39;s lease on one run (<code>claimRun</code>): while it holds the run&#39;s current <code>epoch</code>, the writes it makes with it are stored; once another worker claimed the run (a higher epoch) or the lease was released, they are refused with <code>RUN_LEASE_LOST</code> (fencing), so a run never has two writers.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="epoch" tabindex="-1">epoch <a class="header-anchor" href="#epoch" aria-label="Permalink to &quot;epoch&quot;">​</a></h3><blockquote><p><strong>epoch</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:78</p><p>Increases by one with every claim of the run: the fencing token.</p><hr><h3 id="expiresat" tabindex="-1">expiresAt <a class="header-anchor" href="#expiresat" aria-label="Permalink to &quot;expiresAt&quot;">​</a></h3><blockquote><p><strong>expiresAt</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:80</p><p>When the lease ends unless renewed (ISO 8601, the storage&#39;s clock); another worker may claim the run after it.</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:74</p><hr><h3 id="workerid" tabindex="-1">workerId <a class="header-anchor" href="#workerid" aria-label="Permalink to &quot;workerId&quot;">​</a></h3><blockquote><p><strong>workerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:76</p><p>The worker that holds it (informational: fencing is by <code>epoch</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/RunLease.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunLease = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunLease as default
};
