import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunFinishedReport","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/RunFinishedReport.md","filePath":"api/@buildwright/core/interfaces/RunFinishedReport.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/RunFinishedReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RunFinishedReport</p><h1 id="interface-runfinishedreport" tabindex="-1">Interface: RunFinishedReport <a class="header-anchor" href="#interface-runfinishedreport" aria-label="Permalink to &quot;Interface: RunFinishedReport&quot;">​</a></h1><p>Defined in: core/src/run/host-hooks.ts:52</p><p>What <code>onRunFinished</code> gets, once per run.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:53</p><hr><h3 id="run" tabindex="-1">run <a class="header-anchor" href="#run" aria-label="Permalink to &quot;run&quot;">​</a></h3><blockquote><p><strong>run</strong>: <a href="./../../client/interfaces/RunRecord"><code>RunRecord</code></a></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:55</p><p>The run&#39;s record as stored when it ended.</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><strong>status</strong>: <code>&quot;failed&quot;</code> | <code>&quot;completed&quot;</code> | <code>&quot;cancelled&quot;</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:57</p><hr><h3 id="usage" tabindex="-1">usage <a class="header-anchor" href="#usage" aria-label="Permalink to &quot;usage&quot;">​</a></h3><blockquote><p><strong>usage</strong>: <a href="./RunUsageTotals"><code>RunUsageTotals</code></a></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:56</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/RunFinishedReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunFinishedReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunFinishedReport as default
};
