import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MigrateResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/sql/interfaces/MigrateResult.md","filePath":"api/@buildwright/adapters/sql/interfaces/MigrateResult.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/sql/interfaces/MigrateResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/sql</a> / MigrateResult</p><h1 id="interface-migrateresult" tabindex="-1">Interface: MigrateResult <a class="header-anchor" href="#interface-migrateresult" aria-label="Permalink to &quot;Interface: MigrateResult&quot;">​</a></h1><p>Defined in: adapters/src/sql/migrate.ts:6</p><p>What <a href="./../functions/migrateDatabase">migrateDatabase</a> did.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="applied" tabindex="-1">applied <a class="header-anchor" href="#applied" aria-label="Permalink to &quot;applied&quot;">​</a></h3><blockquote><p><strong>applied</strong>: <code>string</code>[]</p></blockquote><p>Defined in: adapters/src/sql/migrate.ts:8</p><p>Ids of the migrations applied by this call, in order.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/sql/interfaces/MigrateResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MigrateResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MigrateResult as default
};
