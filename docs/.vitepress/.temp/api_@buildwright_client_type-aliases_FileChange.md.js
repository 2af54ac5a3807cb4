import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: FileChange","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/FileChange.md","filePath":"api/@buildwright/client/type-aliases/FileChange.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/FileChange.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / FileChange</p><h1 id="type-alias-filechange" tabindex="-1">Type Alias: FileChange <a class="header-anchor" href="#type-alias-filechange" aria-label="Permalink to &quot;Type Alias: FileChange&quot;">​</a></h1><blockquote><p><strong>FileChange</strong> = <code>&quot;written&quot;</code> | <code>&quot;edited&quot;</code> | <code>&quot;deleted&quot;</code> | <code>&quot;edit_failed&quot;</code></p></blockquote><p>Defined in: client/src/client-state.ts:108</p><p>What happened to a file during the current run.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/FileChange.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FileChange = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FileChange as default
};
