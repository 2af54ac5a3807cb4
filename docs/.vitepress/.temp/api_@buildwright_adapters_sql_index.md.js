import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/adapters/sql","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/sql/index.md","filePath":"api/@buildwright/adapters/sql/index.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/sql/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/adapters/sql</p><h1 id="buildwright-adapters-sql" tabindex="-1">@buildwright/adapters/sql <a class="header-anchor" href="#buildwright-adapters-sql" aria-label="Permalink to &quot;@buildwright/adapters/sql&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/MigrateResult">MigrateResult</a></li><li><a href="./interfaces/Migration">Migration</a></li><li><a href="./interfaces/SqlClient">SqlClient</a></li><li><a href="./interfaces/SqlDatabase">SqlDatabase</a></li><li><a href="./interfaces/SqlStorage">SqlStorage</a></li><li><a href="./interfaces/SqlStorageOptions">SqlStorageOptions</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/migrations">migrations</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/migrateDatabase">migrateDatabase</a></li><li><a href="./functions/sqlStorage">sqlStorage</a></li><li><a href="./functions/withTransaction">withTransaction</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/sql/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
