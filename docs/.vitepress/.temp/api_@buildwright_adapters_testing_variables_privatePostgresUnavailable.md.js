import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: privatePostgresUnavailable","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/testing/variables/privatePostgresUnavailable.md","filePath":"api/@buildwright/adapters/testing/variables/privatePostgresUnavailable.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/testing/variables/privatePostgresUnavailable.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/testing</a> / privatePostgresUnavailable</p><h1 id="variable-privatepostgresunavailable" tabindex="-1">Variable: privatePostgresUnavailable <a class="header-anchor" href="#variable-privatepostgresunavailable" aria-label="Permalink to &quot;Variable: privatePostgresUnavailable&quot;">​</a></h1><blockquote><p><code>const</code> <strong>privatePostgresUnavailable</strong>: <code>string</code> | <code>undefined</code></p></blockquote><p>Defined in: adapters/src/testing/private-postgres.ts:14</p><p>Why <a href="./../functions/startPrivatePostgres">startPrivatePostgres</a> cannot work here, or <code>undefined</code> when it can.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/testing/variables/privatePostgresUnavailable.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const privatePostgresUnavailable = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  privatePostgresUnavailable as default
};
