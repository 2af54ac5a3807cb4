import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunWriteOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/RunWriteOptions.md","filePath":"api/@buildwright/core/interfaces/RunWriteOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/RunWriteOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RunWriteOptions</p><h1 id="interface-runwriteoptions" tabindex="-1">Interface: RunWriteOptions <a class="header-anchor" href="#interface-runwriteoptions" aria-label="Permalink to &quot;Interface: RunWriteOptions&quot;">​</a></h1><p>Defined in: core/src/spec/storage.ts:88</p><p>The last argument of every write of a run. With <code>lease</code>, the write is stored only while the lease is the run&#39;s current one (checked atomically with the write); otherwise it throws <code>RUN_LEASE_LOST</code> and stores nothing. Without it the write is not fenced (runs outside a queue).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lease" tabindex="-1">lease? <a class="header-anchor" href="#lease" aria-label="Permalink to &quot;lease?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lease?</strong>: <a href="./RunLease"><code>RunLease</code></a></p></blockquote><p>Defined in: core/src/spec/storage.ts:89</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/RunWriteOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunWriteOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunWriteOptions as default
};
