import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: StoredCheckpoint","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/StoredCheckpoint.md","filePath":"api/@buildwright/core/interfaces/StoredCheckpoint.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/StoredCheckpoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / StoredCheckpoint</p><h1 id="interface-storedcheckpoint" tabindex="-1">Interface: StoredCheckpoint <a class="header-anchor" href="#interface-storedcheckpoint" aria-label="Permalink to &quot;Interface: StoredCheckpoint&quot;">​</a></h1><p>Defined in: core/src/spec/storage.ts:22</p><p>A serialized LangGraph checkpoint (opaque to storage).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="checkpoint" tabindex="-1">checkpoint <a class="header-anchor" href="#checkpoint" aria-label="Permalink to &quot;checkpoint&quot;">​</a></h3><blockquote><p><strong>checkpoint</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:27</p><p>Serialized checkpoint, opaque to storage.</p><hr><h3 id="checkpointid" tabindex="-1">checkpointId <a class="header-anchor" href="#checkpointid" aria-label="Permalink to &quot;checkpointId&quot;">​</a></h3><blockquote><p><strong>checkpointId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:24</p><hr><h3 id="metadata" tabindex="-1">metadata <a class="header-anchor" href="#metadata" aria-label="Permalink to &quot;metadata&quot;">​</a></h3><blockquote><p><strong>metadata</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:29</p><p>Serialized metadata, opaque to storage.</p><hr><h3 id="parentcheckpointid" tabindex="-1">parentCheckpointId <a class="header-anchor" href="#parentcheckpointid" aria-label="Permalink to &quot;parentCheckpointId&quot;">​</a></h3><blockquote><p><strong>parentCheckpointId</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:25</p><hr><h3 id="threadid" tabindex="-1">threadId <a class="header-anchor" href="#threadid" aria-label="Permalink to &quot;threadId&quot;">​</a></h3><blockquote><p><strong>threadId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:23</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/StoredCheckpoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StoredCheckpoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StoredCheckpoint as default
};
