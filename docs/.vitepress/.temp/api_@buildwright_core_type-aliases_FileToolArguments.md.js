import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: FileToolArguments<T>","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/FileToolArguments.md","filePath":"api/@buildwright/core/type-aliases/FileToolArguments.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/FileToolArguments.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / FileToolArguments</p><h1 id="type-alias-filetoolarguments-t" tabindex="-1">Type Alias: FileToolArguments&lt;T&gt; <a class="header-anchor" href="#type-alias-filetoolarguments-t" aria-label="Permalink to &quot;Type Alias: FileToolArguments\\&lt;T\\&gt;&quot;">​</a></h1><blockquote><p><strong>FileToolArguments</strong>&lt;<code>T</code>&gt; = <code>z.infer</code>&lt;<em>typeof</em> <a href="./../variables/fileToolSchemas"><code>fileToolSchemas</code></a>[<code>T</code>]&gt;</p></blockquote><p>Defined in: core/src/protocol/file-tools.ts:30</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code> <em>extends</em> <a href="./FileToolName"><code>FileToolName</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/FileToolArguments.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FileToolArguments = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FileToolArguments as default
};
