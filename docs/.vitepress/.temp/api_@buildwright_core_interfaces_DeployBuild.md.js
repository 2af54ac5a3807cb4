import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DeployBuild","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/DeployBuild.md","filePath":"api/@buildwright/core/interfaces/DeployBuild.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/DeployBuild.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / DeployBuild</p><h1 id="interface-deploybuild" tabindex="-1">Interface: DeployBuild <a class="header-anchor" href="#interface-deploybuild" aria-label="Permalink to &quot;Interface: DeployBuild&quot;">​</a></h1><p>Defined in: core/src/spec/deploy.ts:27</p><p>A production build: path → content (UTF-8 text as a string, any other file as its bytes) under <code>outputDir</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h3><blockquote><p><strong>files</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code> | <code>Uint8Array</code>&gt;</p></blockquote><p>Defined in: core/src/spec/deploy.ts:28</p><hr><h3 id="outputdir" tabindex="-1">outputDir <a class="header-anchor" href="#outputdir" aria-label="Permalink to &quot;outputDir&quot;">​</a></h3><blockquote><p><strong>outputDir</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/deploy.ts:29</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/DeployBuild.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeployBuild = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeployBuild as default
};
