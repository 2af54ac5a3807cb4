import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PostgresStorageOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/postgres/type-aliases/PostgresStorageOptions.md","filePath":"api/@buildwright/adapters/postgres/type-aliases/PostgresStorageOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/postgres/type-aliases/PostgresStorageOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/postgres</a> / PostgresStorageOptions</p><h1 id="type-alias-postgresstorageoptions" tabindex="-1">Type Alias: PostgresStorageOptions <a class="header-anchor" href="#type-alias-postgresstorageoptions" aria-label="Permalink to &quot;Type Alias: PostgresStorageOptions&quot;">​</a></h1><blockquote><p><strong>PostgresStorageOptions</strong> = <code>object</code> &amp; ({ <code>connectionString?</code>: <code>string</code>; <code>maxConnections?</code>: <code>number</code>; } | { <code>pool</code>: <code>Pool</code>; })</p></blockquote><p>Defined in: adapters/src/postgres/postgres-storage.ts:10</p><p>Options of <a href="./../functions/postgresStorage">postgresStorage</a>: a connection string (the storage owns its pool) or your own pool.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="retryforms" tabindex="-1">retryForMs? <a class="header-anchor" href="#retryforms" aria-label="Permalink to &quot;retryForMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>retryForMs?</strong>: <code>number</code></p></blockquote><p>How long (ms) a call keeps retrying, with exponential backoff, while the server cannot be reached (connection refused or lost, server shutting down or starting up) before it throws <code>STORAGE_UNAVAILABLE</code>. Default 30 000; 0 tries once.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/postgres/type-aliases/PostgresStorageOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PostgresStorageOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PostgresStorageOptions as default
};
