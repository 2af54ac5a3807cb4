import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DeploymentStatus","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/type-aliases/DeploymentStatus.md","filePath":"api/@buildwright/core/type-aliases/DeploymentStatus.md"}');
const _sfc_main = { name: "api/@buildwright/core/type-aliases/DeploymentStatus.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / DeploymentStatus</p><h1 id="type-alias-deploymentstatus" tabindex="-1">Type Alias: DeploymentStatus <a class="header-anchor" href="#type-alias-deploymentstatus" aria-label="Permalink to &quot;Type Alias: DeploymentStatus&quot;">​</a></h1><blockquote><p><strong>DeploymentStatus</strong> = <code>&quot;building&quot;</code> | <code>&quot;ready&quot;</code> | <code>&quot;failed&quot;</code> | <code>&quot;stopped&quot;</code></p></blockquote><p>Defined in: core/src/spec/deploy.ts:4</p><p>Where a deployment is in its life.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/type-aliases/DeploymentStatus.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeploymentStatus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeploymentStatus as default
};
