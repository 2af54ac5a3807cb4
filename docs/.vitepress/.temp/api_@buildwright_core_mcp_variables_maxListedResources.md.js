import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: maxListedResources","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/mcp/variables/maxListedResources.md","filePath":"api/@buildwright/core/mcp/variables/maxListedResources.md"}');
const _sfc_main = { name: "api/@buildwright/core/mcp/variables/maxListedResources.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/mcp</a> / maxListedResources</p><h1 id="variable-maxlistedresources" tabindex="-1">Variable: maxListedResources <a class="header-anchor" href="#variable-maxlistedresources" aria-label="Permalink to &quot;Variable: maxListedResources&quot;">​</a></h1><blockquote><p><code>const</code> <strong>maxListedResources</strong>: <code>2000</code> = <code>2000</code></p></blockquote><p>Defined in: core/src/mcp/project-resources.ts:8</p><p>Most project files <code>resources/list</code> names (newest projects first); every file can still be read by its URI.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/mcp/variables/maxListedResources.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const maxListedResources = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  maxListedResources as default
};
