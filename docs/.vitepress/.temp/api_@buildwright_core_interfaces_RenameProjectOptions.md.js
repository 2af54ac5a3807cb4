import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RenameProjectOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/RenameProjectOptions.md","filePath":"api/@buildwright/core/interfaces/RenameProjectOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/RenameProjectOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RenameProjectOptions</p><h1 id="interface-renameprojectoptions" tabindex="-1">Interface: RenameProjectOptions <a class="header-anchor" href="#interface-renameprojectoptions" aria-label="Permalink to &quot;Interface: RenameProjectOptions&quot;">​</a></h1><p>Defined in: core/src/versions/rename-project.ts:8</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/rename-project.ts:12</p><p>The new name: trimmed, 1 to 200 characters, no control characters.</p><hr><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/rename-project.ts:9</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/versions/rename-project.ts:10</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/RenameProjectOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RenameProjectOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RenameProjectOptions as default
};
