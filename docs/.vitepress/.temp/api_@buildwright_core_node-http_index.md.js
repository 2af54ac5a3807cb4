import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/core/node-http","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/node-http/index.md","filePath":"api/@buildwright/core/node-http/index.md"}');
const _sfc_main = { name: "api/@buildwright/core/node-http/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/core/node-http</p><h1 id="buildwright-core-node-http" tabindex="-1">@buildwright/core/node-http <a class="header-anchor" href="#buildwright-core-node-http" aria-label="Permalink to &quot;@buildwright/core/node-http&quot;">​</a></h1><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/sendWebResponse">sendWebResponse</a></li><li><a href="./functions/toNodeListener">toNodeListener</a></li><li><a href="./functions/toWebRequest">toWebRequest</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/node-http/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
