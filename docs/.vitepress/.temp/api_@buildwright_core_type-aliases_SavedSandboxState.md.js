import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SavedSandboxState","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/SavedSandboxState.md","filePath":"api/@buildwright/core/type-aliases/SavedSandboxState.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/SavedSandboxState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / SavedSandboxState</p><h1 id="type-alias-savedsandboxstate" tabindex="-1">Type Alias: SavedSandboxState <a class="header-anchor" href="#type-alias-savedsandboxstate" aria-label="Permalink to &quot;Type Alias: SavedSandboxState&quot;">​</a></h1><blockquote><p><strong>SavedSandboxState</strong> = <code>&quot;none&quot;</code> | <code>&quot;updated&quot;</code> | <code>&quot;run-active&quot;</code> | <code>&quot;failed&quot;</code></p></blockquote><p>Defined in: core/src/actions/save-project-files.ts:6</p><p>What happened to the project&#39;s open sandbox after a save (see saveProjectFiles).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/SavedSandboxState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SavedSandboxState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SavedSandboxState as default
};
