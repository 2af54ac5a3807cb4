import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProjectDetailResponse","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/ProjectDetailResponse.md","filePath":"api/@buildwright/client/interfaces/ProjectDetailResponse.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/ProjectDetailResponse.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / ProjectDetailResponse</p><h1 id="interface-projectdetailresponse" tabindex="-1">Interface: ProjectDetailResponse <a class="header-anchor" href="#interface-projectdetailresponse" aria-label="Permalink to &quot;Interface: ProjectDetailResponse&quot;">​</a></h1><p>Defined in: client/src/http-wire-types.ts:44</p><p><code>GET /projects/:id</code>: the project with its runs (oldest first), chat messages and contracts.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="contracts" tabindex="-1">contracts <a class="header-anchor" href="#contracts" aria-label="Permalink to &quot;contracts&quot;">​</a></h3><blockquote><p><strong>contracts</strong>: <a href="./ContractRecord"><code>ContractRecord</code></a>[]</p></blockquote><p>Defined in: client/src/http-wire-types.ts:48</p><hr><h3 id="messages" tabindex="-1">messages <a class="header-anchor" href="#messages" aria-label="Permalink to &quot;messages&quot;">​</a></h3><blockquote><p><strong>messages</strong>: <a href="./MessageRecord"><code>MessageRecord</code></a>[]</p></blockquote><p>Defined in: client/src/http-wire-types.ts:47</p><hr><h3 id="project" tabindex="-1">project <a class="header-anchor" href="#project" aria-label="Permalink to &quot;project&quot;">​</a></h3><blockquote><p><strong>project</strong>: <a href="./ProjectRecord"><code>ProjectRecord</code></a></p></blockquote><p>Defined in: client/src/http-wire-types.ts:45</p><hr><h3 id="runs" tabindex="-1">runs <a class="header-anchor" href="#runs" aria-label="Permalink to &quot;runs&quot;">​</a></h3><blockquote><p><strong>runs</strong>: <a href="./RunRecord"><code>RunRecord</code></a>[]</p></blockquote><p>Defined in: client/src/http-wire-types.ts:46</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/ProjectDetailResponse.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProjectDetailResponse = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProjectDetailResponse as default
};
