import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RunRecordStatus","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/RunRecordStatus.md","filePath":"api/@buildwright/client/type-aliases/RunRecordStatus.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/RunRecordStatus.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / RunRecordStatus</p><h1 id="type-alias-runrecordstatus" tabindex="-1">Type Alias: RunRecordStatus <a class="header-anchor" href="#type-alias-runrecordstatus" aria-label="Permalink to &quot;Type Alias: RunRecordStatus&quot;">​</a></h1><blockquote><p><strong>RunRecordStatus</strong> = <code>&quot;queued&quot;</code> | <code>&quot;running&quot;</code> | <code>&quot;awaiting_approval&quot;</code> | <code>&quot;completed&quot;</code> | <code>&quot;failed&quot;</code> | <code>&quot;cancelled&quot;</code></p></blockquote><p>Defined in: client/src/records.ts:29</p><p><code>queued</code>: enqueued on a run queue, not yet claimed by a worker (<code>createBuilder({ queue })</code>). <code>awaiting_approval</code>: planned with <code>approvePlan: true</code>, waiting for <code>approvePlan</code> or <code>rejectPlan</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/RunRecordStatus.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunRecordStatus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunRecordStatus as default
};
