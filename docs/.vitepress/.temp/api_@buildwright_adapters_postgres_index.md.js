import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/adapters/postgres","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/postgres/index.md","filePath":"api/@buildwright/adapters/postgres/index.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/postgres/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/adapters/postgres</p><h1 id="buildwright-adapters-postgres" tabindex="-1">@buildwright/adapters/postgres <a class="header-anchor" href="#buildwright-adapters-postgres" aria-label="Permalink to &quot;@buildwright/adapters/postgres&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/PostgresEventBusOptions">PostgresEventBusOptions</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/PostgresStorageOptions">PostgresStorageOptions</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/postgresEventBus">postgresEventBus</a></li><li><a href="./functions/postgresStorage">postgresStorage</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/postgres/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
