import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ApiTestsCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/interfaces/ApiTestsCheckOptions.md","filePath":"api/@buildwright/adapters/api/interfaces/ApiTestsCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/interfaces/ApiTestsCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / ApiTestsCheckOptions</p><h1 id="interface-apitestscheckoptions" tabindex="-1">Interface: ApiTestsCheckOptions <a class="header-anchor" href="#interface-apitestscheckoptions" aria-label="Permalink to &quot;Interface: ApiTestsCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/api/api-tests-check.ts:4</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="timeoutms" tabindex="-1">timeoutMs? <a class="header-anchor" href="#timeoutms" aria-label="Permalink to &quot;timeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>timeoutMs?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/api/api-tests-check.ts:6</p><p>Timeout of the test run. Default 120 s.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/interfaces/ApiTestsCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ApiTestsCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ApiTestsCheckOptions as default
};
