import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProjectPage","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/ProjectPage.md","filePath":"api/@buildwright/client/interfaces/ProjectPage.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/ProjectPage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ProjectPage</p><h1 id="interface-projectpage" tabindex="-1">Interface: ProjectPage <a class="header-anchor" href="#interface-projectpage" aria-label="Permalink to &quot;Interface: ProjectPage&quot;">​</a></h1><p>Defined in: client/src/records.ts:18</p><p>One page of an owner&#39;s projects (<code>searchProjects</code>, <code>GET /projects?cursor=</code>).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="nextcursor" tabindex="-1">nextCursor <a class="header-anchor" href="#nextcursor" aria-label="Permalink to &quot;nextCursor&quot;">​</a></h3><blockquote><p><strong>nextCursor</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: client/src/records.ts:22</p><p>Pass it as <code>cursor</code> to get the next page; <code>null</code> on the last page.</p><hr><h3 id="projects" tabindex="-1">projects <a class="header-anchor" href="#projects" aria-label="Permalink to &quot;projects&quot;">​</a></h3><blockquote><p><strong>projects</strong>: <a href="./ProjectRecord"><code>ProjectRecord</code></a>[]</p></blockquote><p>Defined in: client/src/records.ts:20</p><p>Newest first.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/ProjectPage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProjectPage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProjectPage as default
};
