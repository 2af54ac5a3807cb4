import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: projectCursor()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/projectCursor.md","filePath":"api/@buildwright/core/functions/projectCursor.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/projectCursor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / projectCursor</p><h1 id="function-projectcursor" tabindex="-1">Function: projectCursor() <a class="header-anchor" href="#function-projectcursor" aria-label="Permalink to &quot;Function: projectCursor()&quot;">​</a></h1><blockquote><p><strong>projectCursor</strong>(<code>position</code>): <code>string</code></p></blockquote><p>Defined in: core/src/versions/project-page.ts:48</p><p>The cursor that continues after the project at <code>position</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="position" tabindex="-1">position <a class="header-anchor" href="#position" aria-label="Permalink to &quot;position&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/projectCursor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const projectCursor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  projectCursor as default
};
