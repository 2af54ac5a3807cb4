import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DependencySet","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/checks/type-aliases/DependencySet.md","filePath":"api/@buildwright/adapters/checks/type-aliases/DependencySet.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/checks/type-aliases/DependencySet.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/checks</a> / DependencySet</p><h1 id="type-alias-dependencyset" tabindex="-1">Type Alias: DependencySet <a class="header-anchor" href="#type-alias-dependencyset" aria-label="Permalink to &quot;Type Alias: DependencySet&quot;">​</a></h1><blockquote><p><strong>DependencySet</strong> = <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Defined in: adapters/src/checks/dependency-cache.ts:11</p><p>The dependency ranges that decide what <code>node_modules</code> holds.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/checks/type-aliases/DependencySet.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DependencySet = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DependencySet as default
};
