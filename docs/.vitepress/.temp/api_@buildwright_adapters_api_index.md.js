import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/adapters/api","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/index.md","filePath":"api/@buildwright/adapters/api/index.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/adapters/api</p><h1 id="buildwright-adapters-api" tabindex="-1">@buildwright/adapters/api <a class="header-anchor" href="#buildwright-adapters-api" aria-label="Permalink to &quot;@buildwright/adapters/api&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/ApiChecksOptions">ApiChecksOptions</a></li><li><a href="./interfaces/ApiSession">ApiSession</a></li><li><a href="./interfaces/ApiTestsCheckOptions">ApiTestsCheckOptions</a></li><li><a href="./interfaces/ClientCheckOptions">ClientCheckOptions</a></li><li><a href="./interfaces/ContractCheckOptions">ContractCheckOptions</a></li><li><a href="./interfaces/DocsCheckOptions">DocsCheckOptions</a></li><li><a href="./interfaces/OpenApiDocument">OpenApiDocument</a></li><li><a href="./interfaces/ParsedSpec">ParsedSpec</a></li><li><a href="./interfaces/RunningApi">RunningApi</a></li><li><a href="./interfaces/SpecCheckOptions">SpecCheckOptions</a></li><li><a href="./interfaces/StartCheckOptions">StartCheckOptions</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/ExampleValidator">ExampleValidator</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/apiChecks">apiChecks</a></li><li><a href="./functions/apiTestsCheck">apiTestsCheck</a></li><li><a href="./functions/clientCheck">clientCheck</a></li><li><a href="./functions/contractCheck">contractCheck</a></li><li><a href="./functions/createApiSession">createApiSession</a></li><li><a href="./functions/docsCheck">docsCheck</a></li><li><a href="./functions/lintSpec">lintSpec</a></li><li><a href="./functions/parseSpec">parseSpec</a></li><li><a href="./functions/specCheck">specCheck</a></li><li><a href="./functions/startCheck">startCheck</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
