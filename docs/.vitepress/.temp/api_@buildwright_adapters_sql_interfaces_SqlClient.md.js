import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SqlClient","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/sql/interfaces/SqlClient.md","filePath":"api/@buildwright/adapters/sql/interfaces/SqlClient.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/sql/interfaces/SqlClient.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/sql</a> / SqlClient</p><h1 id="interface-sqlclient" tabindex="-1">Interface: SqlClient <a class="header-anchor" href="#interface-sqlclient" aria-label="Permalink to &quot;Interface: SqlClient&quot;">​</a></h1><p>Defined in: adapters/src/sql/sql-database.ts:4</p><p>Anything that runs one parameterized SQL statement: a <code>pg.Pool</code>, a <code>pg.Client</code>, a <code>PGlite</code>, a transaction.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./SqlDatabase"><code>SqlDatabase</code></a></li></ul><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="query" tabindex="-1">query() <a class="header-anchor" href="#query" aria-label="Permalink to &quot;query()&quot;">​</a></h3><blockquote><p><strong>query</strong>(<code>text</code>, <code>params?</code>): <code>Promise</code>&lt;{ <code>rows</code>: <code>any</code>[]; }&gt;</p></blockquote><p>Defined in: adapters/src/sql/sql-database.ts:6</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h5><p><code>string</code></p><h5 id="params" tabindex="-1">params? <a class="header-anchor" href="#params" aria-label="Permalink to &quot;params?&quot;">​</a></h5><p><code>unknown</code>[]</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;{ <code>rows</code>: <code>any</code>[]; }&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/sql/interfaces/SqlClient.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SqlClient = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SqlClient as default
};
