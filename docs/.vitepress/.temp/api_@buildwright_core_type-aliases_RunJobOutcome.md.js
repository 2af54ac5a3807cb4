import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RunJobOutcome","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/RunJobOutcome.md","filePath":"api/@buildwright/core/type-aliases/RunJobOutcome.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/RunJobOutcome.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RunJobOutcome</p><h1 id="type-alias-runjoboutcome" tabindex="-1">Type Alias: RunJobOutcome <a class="header-anchor" href="#type-alias-runjoboutcome" aria-label="Permalink to &quot;Type Alias: RunJobOutcome&quot;">​</a></h1><blockquote><p><strong>RunJobOutcome</strong> = { <code>status</code>: <code>&quot;done&quot;</code>; } | { <code>delayMs</code>: <code>number</code>; <code>status</code>: <code>&quot;delay&quot;</code>; } | { <code>status</code>: <code>&quot;released&quot;</code>; }</p></blockquote><p>Defined in: core/src/spec/queue.ts:30</p><p>What processing a job came to.</p><ul><li><code>done</code>: the run ended (completed, failed or cancelled) or has nothing left to do: remove the job.</li><li><code>delay</code>: the run is leased by another worker (it may have stalled): deliver the job again after <code>delayMs</code>, without counting an attempt.</li><li><code>released</code>: the worker is shutting down and gave the run&#39;s lease up at a checkpoint: deliver the job again at once (to another worker), without counting an attempt.</li></ul><p>A <code>process</code> that throws failed for a reason outside the run (storage unreachable...): the queue retries it, a bounded number of times, then gives up.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/RunJobOutcome.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunJobOutcome = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunJobOutcome as default
};
