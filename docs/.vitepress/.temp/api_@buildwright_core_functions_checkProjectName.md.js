import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: checkProjectName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/checkProjectName.md","filePath":"api/@buildwright/core/functions/checkProjectName.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/checkProjectName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / checkProjectName</p><h1 id="function-checkprojectname" tabindex="-1">Function: checkProjectName() <a class="header-anchor" href="#function-checkprojectname" aria-label="Permalink to &quot;Function: checkProjectName()&quot;">​</a></h1><blockquote><p><strong>checkProjectName</strong>(<code>name</code>): <code>string</code></p></blockquote><p>Defined in: core/src/versions/rename-project.ts:27</p><p>The trimmed name, or <code>INVALID_INPUT</code> saying what is wrong with it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/checkProjectName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const checkProjectName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  checkProjectName as default
};
