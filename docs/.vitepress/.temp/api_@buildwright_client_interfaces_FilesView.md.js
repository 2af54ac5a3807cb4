import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FilesView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/FilesView.md","filePath":"api/@buildwright/client/interfaces/FilesView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/FilesView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / FilesView</p><h1 id="interface-filesview" tabindex="-1">Interface: FilesView <a class="header-anchor" href="#interface-filesview" aria-label="Permalink to &quot;Interface: FilesView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:111</p><p>The project&#39;s files: path → content, <code>null</code> while a run changed it and the content is not loaded yet.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="changes" tabindex="-1">changes <a class="header-anchor" href="#changes" aria-label="Permalink to &quot;changes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>changes</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <a href="./../type-aliases/FileChange"><code>FileChange</code></a>&gt;&gt;</p></blockquote><p>Defined in: client/src/client-state.ts:116</p><p>Changes made by the current run, by path.</p><hr><h3 id="contents" tabindex="-1">contents <a class="header-anchor" href="#contents" aria-label="Permalink to &quot;contents&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>contents</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>string</code> | <code>null</code>&gt;&gt;</p></blockquote><p>Defined in: client/src/client-state.ts:114</p><hr><h3 id="streaming" tabindex="-1">streaming <a class="header-anchor" href="#streaming" aria-label="Permalink to &quot;streaming&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>streaming</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;&gt;</p></blockquote><p>Defined in: client/src/client-state.ts:122</p><p>Drafts of files the model is writing right now (<code>file.streaming</code>), by path: what has arrived so far, not yet checked or written. A draft leaves when the file is written (its content then in <code>contents</code>), when it is discarded, and when the run ends.</p><hr><h3 id="version" tabindex="-1">version <a class="header-anchor" href="#version" aria-label="Permalink to &quot;version&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>version</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: client/src/client-state.ts:113</p><p>Version the contents come from (<code>null</code> before the first version).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/FilesView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FilesView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FilesView as default
};
