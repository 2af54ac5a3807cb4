import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ValidateCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/checks/interfaces/ValidateCheckOptions.md","filePath":"api/@buildwright/adapters/checks/interfaces/ValidateCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/checks/interfaces/ValidateCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/checks</a> / ValidateCheckOptions</p><h1 id="interface-validatecheckoptions" tabindex="-1">Interface: ValidateCheckOptions <a class="header-anchor" href="#interface-validatecheckoptions" aria-label="Permalink to &quot;Interface: ValidateCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/checks/validate-check.ts:5</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lint" tabindex="-1">lint? <a class="header-anchor" href="#lint" aria-label="Permalink to &quot;lint?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lint?</strong>: <code>boolean</code></p></blockquote><p>Defined in: adapters/src/checks/validate-check.ts:9</p><p>Run ESLint with the project&#39;s config when it has one. Default true.</p><hr><h3 id="timeoutms" tabindex="-1">timeoutMs? <a class="header-anchor" href="#timeoutms" aria-label="Permalink to &quot;timeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>timeoutMs?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/checks/validate-check.ts:11</p><p>Timeout of each tool. Default 120 s.</p><hr><h3 id="typeerrors" tabindex="-1">typeErrors? <a class="header-anchor" href="#typeerrors" aria-label="Permalink to &quot;typeErrors?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>typeErrors?</strong>: <code>&quot;blocking&quot;</code> | <code>&quot;advisory&quot;</code></p></blockquote><p>Defined in: adapters/src/checks/validate-check.ts:7</p><p><code>blocking</code> (default): type errors fail the check. <code>advisory</code>: they are posted as a notice and the check passes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/checks/interfaces/ValidateCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ValidateCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ValidateCheckOptions as default
};
