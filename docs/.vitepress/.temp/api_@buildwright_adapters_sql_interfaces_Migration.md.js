import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Migration","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/sql/interfaces/Migration.md","filePath":"api/@buildwright/adapters/sql/interfaces/Migration.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/sql/interfaces/Migration.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/sql</a> / Migration</p><h1 id="interface-migration" tabindex="-1">Interface: Migration <a class="header-anchor" href="#interface-migration" aria-label="Permalink to &quot;Interface: Migration&quot;">​</a></h1><p>Defined in: adapters/src/sql/migrations/migration.ts:2</p><p>One schema migration: applied once, in id order, inside one transaction.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><blockquote><p><strong>id</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/sql/migrations/migration.ts:4</p><p>Sortable id, <code>NNNN-name</code>; never renamed once released.</p><hr><h3 id="statements" tabindex="-1">statements <a class="header-anchor" href="#statements" aria-label="Permalink to &quot;statements&quot;">​</a></h3><blockquote><p><strong>statements</strong>: <code>string</code>[]</p></blockquote><p>Defined in: adapters/src/sql/migrations/migration.ts:6</p><p>Statements run in order (one statement each, so every driver can run them).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/sql/interfaces/Migration.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Migration = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Migration as default
};
