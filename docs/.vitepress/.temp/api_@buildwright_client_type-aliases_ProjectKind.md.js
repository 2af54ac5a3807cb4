import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ProjectKind","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/type-aliases/ProjectKind.md","filePath":"api/@buildwright/client/type-aliases/ProjectKind.md"}');
const _sfc_main = { name: "api/@buildwright/client/type-aliases/ProjectKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ProjectKind</p><h1 id="type-alias-projectkind" tabindex="-1">Type Alias: ProjectKind <a class="header-anchor" href="#type-alias-projectkind" aria-label="Permalink to &quot;Type Alias: ProjectKind&quot;">​</a></h1><blockquote><p><strong>ProjectKind</strong> = <code>&quot;web&quot;</code> | <code>&quot;dapp&quot;</code> | <code>&quot;api&quot;</code></p></blockquote><p>Defined in: client/src/records.ts:2</p><p>What a project builds.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/type-aliases/ProjectKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProjectKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProjectKind as default
};
