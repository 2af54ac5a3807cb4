import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/adapters/templates","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/templates/index.md","filePath":"api/@buildwright/adapters/templates/index.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/templates/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/adapters/templates</p><h1 id="buildwright-adapters-templates" tabindex="-1">@buildwright/adapters/templates <a class="header-anchor" href="#buildwright-adapters-templates" aria-label="Permalink to &quot;@buildwright/adapters/templates&quot;">​</a></h1><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/dappViteTemplate">dappViteTemplate</a></li><li><a href="./variables/honoApiTemplate">honoApiTemplate</a></li><li><a href="./variables/reactViteTemplate">reactViteTemplate</a></li><li><a href="./variables/templates">templates</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/templates/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
