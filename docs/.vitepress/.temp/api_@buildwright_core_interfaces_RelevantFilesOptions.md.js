import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RelevantFilesOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/RelevantFilesOptions.md","filePath":"api/@buildwright/core/interfaces/RelevantFilesOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/RelevantFilesOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RelevantFilesOptions</p><h1 id="interface-relevantfilesoptions" tabindex="-1">Interface: RelevantFilesOptions <a class="header-anchor" href="#interface-relevantfilesoptions" aria-label="Permalink to &quot;Interface: RelevantFilesOptions&quot;">​</a></h1><p>Defined in: core/src/graph/relevant-files.ts:5</p><p>Limits of the context sent to the model for an edit.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxchars" tabindex="-1">maxChars? <a class="header-anchor" href="#maxchars" aria-label="Permalink to &quot;maxChars?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxChars?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/graph/relevant-files.ts:9</p><p>At most this many characters of file content in all.</p><hr><h3 id="maxfiles" tabindex="-1">maxFiles? <a class="header-anchor" href="#maxfiles" aria-label="Permalink to &quot;maxFiles?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxFiles?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/graph/relevant-files.ts:7</p><p>At most this many files with their content.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/RelevantFilesOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RelevantFilesOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RelevantFilesOptions as default
};
