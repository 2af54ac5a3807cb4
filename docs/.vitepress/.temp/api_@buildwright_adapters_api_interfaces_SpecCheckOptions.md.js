import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SpecCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/interfaces/SpecCheckOptions.md","filePath":"api/@buildwright/adapters/api/interfaces/SpecCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/interfaces/SpecCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / SpecCheckOptions</p><h1 id="interface-speccheckoptions" tabindex="-1">Interface: SpecCheckOptions <a class="header-anchor" href="#interface-speccheckoptions" aria-label="Permalink to &quot;Interface: SpecCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/api/spec-check.ts:9</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="path" tabindex="-1">path? <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>path?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/api/spec-check.ts:11</p><p>Where the OpenAPI document is, relative to the project root. Default <code>openapi.yaml</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/interfaces/SpecCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SpecCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SpecCheckOptions as default
};
