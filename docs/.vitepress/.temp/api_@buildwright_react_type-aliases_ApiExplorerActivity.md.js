import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ApiExplorerActivity","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/type-aliases/ApiExplorerActivity.md","filePath":"api/@buildwright/react/type-aliases/ApiExplorerActivity.md"}');
const _sfc_main = { name: "api/@buildwright/react/type-aliases/ApiExplorerActivity.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / ApiExplorerActivity</p><h1 id="type-alias-apiexploreractivity" tabindex="-1">Type Alias: ApiExplorerActivity <a class="header-anchor" href="#type-alias-apiexploreractivity" aria-label="Permalink to &quot;Type Alias: ApiExplorerActivity&quot;">​</a></h1><blockquote><p><strong>ApiExplorerActivity</strong> = <code>&quot;idle&quot;</code> | <code>&quot;running&quot;</code> | <code>&quot;checking&quot;</code></p></blockquote><p>Defined in: react/src/components/api-explorer/api-explorer.tsx:13</p><p>What the run is doing: <code>checking</code> while its contract check calls the API, <code>running</code> before that.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/type-aliases/ApiExplorerActivity.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ApiExplorerActivity = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ApiExplorerActivity as default
};
