import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: StoredCheckpointWrite","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/StoredCheckpointWrite.md","filePath":"api/@buildwright/core/interfaces/StoredCheckpointWrite.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/StoredCheckpointWrite.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / StoredCheckpointWrite</p><h1 id="interface-storedcheckpointwrite" tabindex="-1">Interface: StoredCheckpointWrite <a class="header-anchor" href="#interface-storedcheckpointwrite" aria-label="Permalink to &quot;Interface: StoredCheckpointWrite&quot;">​</a></h1><p>Defined in: core/src/spec/storage.ts:33</p><p>A serialized pending write of a checkpoint (opaque to storage).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="channel" tabindex="-1">channel <a class="header-anchor" href="#channel" aria-label="Permalink to &quot;channel&quot;">​</a></h3><blockquote><p><strong>channel</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:38</p><hr><h3 id="checkpointid" tabindex="-1">checkpointId <a class="header-anchor" href="#checkpointid" aria-label="Permalink to &quot;checkpointId&quot;">​</a></h3><blockquote><p><strong>checkpointId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:35</p><hr><h3 id="index" tabindex="-1">index <a class="header-anchor" href="#index" aria-label="Permalink to &quot;index&quot;">​</a></h3><blockquote><p><strong>index</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:37</p><hr><h3 id="taskid" tabindex="-1">taskId <a class="header-anchor" href="#taskid" aria-label="Permalink to &quot;taskId&quot;">​</a></h3><blockquote><p><strong>taskId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:36</p><hr><h3 id="threadid" tabindex="-1">threadId <a class="header-anchor" href="#threadid" aria-label="Permalink to &quot;threadId&quot;">​</a></h3><blockquote><p><strong>threadId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:34</p><hr><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><blockquote><p><strong>value</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:40</p><p>Serialized value, opaque to storage.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/StoredCheckpointWrite.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StoredCheckpointWrite = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StoredCheckpointWrite as default
};
