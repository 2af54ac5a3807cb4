import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProjectRecord","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/ProjectRecord.md","filePath":"api/@buildwright/client/interfaces/ProjectRecord.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/ProjectRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ProjectRecord</p><h1 id="interface-projectrecord" tabindex="-1">Interface: ProjectRecord <a class="header-anchor" href="#interface-projectrecord" aria-label="Permalink to &quot;Interface: ProjectRecord&quot;">​</a></h1><p>Defined in: client/src/records.ts:5</p><p>A project: one app with its versions. Always belongs to one owner (the end user of the hosting app).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="createdat" tabindex="-1">createdAt <a class="header-anchor" href="#createdat" aria-label="Permalink to &quot;createdAt&quot;">​</a></h3><blockquote><p><strong>createdAt</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:13</p><hr><h3 id="currentversion" tabindex="-1">currentVersion <a class="header-anchor" href="#currentversion" aria-label="Permalink to &quot;currentVersion&quot;">​</a></h3><blockquote><p><strong>currentVersion</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: client/src/records.ts:12</p><p>Number of the current version, <code>null</code> before the first version.</p><hr><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><strong>id</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:6</p><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><strong>kind</strong>: <a href="./../type-aliases/ProjectKind"><code>ProjectKind</code></a></p></blockquote><p>Defined in: client/src/records.ts:10</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:9</p><hr><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:8</p><p>Owner id given by the hosting app (<code>authorize</code>); every read is scoped to it.</p><hr><h3 id="updatedat" tabindex="-1">updatedAt <a class="header-anchor" href="#updatedat" aria-label="Permalink to &quot;updatedAt&quot;">​</a></h3><blockquote><p><strong>updatedAt</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:14</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/ProjectRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProjectRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProjectRecord as default
};
