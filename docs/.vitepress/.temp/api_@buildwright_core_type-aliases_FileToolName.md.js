import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: FileToolName","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/FileToolName.md","filePath":"api/@buildwright/core/type-aliases/FileToolName.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/FileToolName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / FileToolName</p><h1 id="type-alias-filetoolname" tabindex="-1">Type Alias: FileToolName <a class="header-anchor" href="#type-alias-filetoolname" aria-label="Permalink to &quot;Type Alias: FileToolName&quot;">​</a></h1><blockquote><p><strong>FileToolName</strong> = keyof <em>typeof</em> <a href="./../variables/fileToolSchemas"><code>fileToolSchemas</code></a></p></blockquote><p>Defined in: core/src/protocol/file-tools.ts:29</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/FileToolName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FileToolName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FileToolName as default
};
