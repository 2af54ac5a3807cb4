import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FileDiff","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/FileDiff.md","filePath":"api/@buildwright/client/interfaces/FileDiff.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/FileDiff.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / FileDiff</p><h1 id="interface-filediff" tabindex="-1">Interface: FileDiff <a class="header-anchor" href="#interface-filediff" aria-label="Permalink to &quot;Interface: FileDiff&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:108</p><p>One file&#39;s change between two versions.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="patch" tabindex="-1">patch <a class="header-anchor" href="#patch" aria-label="Permalink to &quot;patch&quot;">​</a></h3><blockquote><p><strong>patch</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:112</p><p>Unified diff (<code>--- a/path</code>, <code>+++ b/path</code>, <code>@@</code> hunks with 3 lines of context).</p><hr><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><blockquote><p><strong>path</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:109</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><strong>status</strong>: <code>&quot;added&quot;</code> | <code>&quot;removed&quot;</code> | <code>&quot;modified&quot;</code></p></blockquote><p>Defined in: client/src/http-wire-types.ts:110</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/FileDiff.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FileDiff = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FileDiff as default
};
