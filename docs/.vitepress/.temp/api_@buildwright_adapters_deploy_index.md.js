import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/adapters/deploy","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/deploy/index.md","filePath":"api/@buildwright/adapters/deploy/index.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/deploy/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/adapters/deploy</p><h1 id="buildwright-adapters-deploy" tabindex="-1">@buildwright/adapters/deploy <a class="header-anchor" href="#buildwright-adapters-deploy" aria-label="Permalink to &quot;@buildwright/adapters/deploy&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/NodeDeployAdapter">NodeDeployAdapter</a></li><li><a href="./interfaces/NodeDeployOptions">NodeDeployOptions</a></li><li><a href="./interfaces/StaticDeployAdapter">StaticDeployAdapter</a></li><li><a href="./interfaces/StaticDeployOptions">StaticDeployOptions</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/nodeDeploy">nodeDeploy</a></li><li><a href="./functions/staticDeploy">staticDeploy</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/deploy/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
