import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunQueueConsumer","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/RunQueueConsumer.md","filePath":"api/@buildwright/core/interfaces/RunQueueConsumer.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/RunQueueConsumer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RunQueueConsumer</p><h1 id="interface-runqueueconsumer" tabindex="-1">Interface: RunQueueConsumer <a class="header-anchor" href="#interface-runqueueconsumer" aria-label="Permalink to &quot;Interface: RunQueueConsumer&quot;">​</a></h1><p>Defined in: core/src/spec/queue.ts:55</p><p>A running consumer of a queue.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="close" tabindex="-1">close() <a class="header-anchor" href="#close" aria-label="Permalink to &quot;close()&quot;">​</a></h3><blockquote><p><strong>close</strong>(): <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Defined in: core/src/spec/queue.ts:57</p><p>Stops taking jobs and resolves once the jobs being processed settled (their outcome applied).</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/RunQueueConsumer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunQueueConsumer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunQueueConsumer as default
};
