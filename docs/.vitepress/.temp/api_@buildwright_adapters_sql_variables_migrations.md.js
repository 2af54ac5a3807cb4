import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: migrations","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/sql/variables/migrations.md","filePath":"api/@buildwright/adapters/sql/variables/migrations.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/sql/variables/migrations.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/sql</a> / migrations</p><h1 id="variable-migrations" tabindex="-1">Variable: migrations <a class="header-anchor" href="#variable-migrations" aria-label="Permalink to &quot;Variable: migrations&quot;">​</a></h1><blockquote><p><code>const</code> <strong>migrations</strong>: readonly <a href="./../interfaces/Migration"><code>Migration</code></a>[]</p></blockquote><p>Defined in: adapters/src/sql/migrations/all-migrations.ts:13</p><p>Every migration, in the order they apply. Append new files here; never edit a released one.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/sql/variables/migrations.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const migrations = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  migrations as default
};
