import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckSpecOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/testing/interfaces/CheckSpecOptions.md","filePath":"api/@buildwright/core/testing/interfaces/CheckSpecOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/testing/interfaces/CheckSpecOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/testing</a> / CheckSpecOptions</p><h1 id="interface-checkspecoptions" tabindex="-1">Interface: CheckSpecOptions <a class="header-anchor" href="#interface-checkspecoptions" aria-label="Permalink to &quot;Interface: CheckSpecOptions&quot;">​</a></h1><p>Defined in: core/src/testing/check-spec.ts:24</p><p>Options of <a href="./../functions/runCheckSpec">runCheckSpec</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/testing/check-spec.ts:28</p><p>Suite name (defaults to the check&#39;s name).</p><hr><h3 id="sandbox" tabindex="-1">sandbox <a class="header-anchor" href="#sandbox" aria-label="Permalink to &quot;sandbox&quot;">​</a></h3><blockquote><p><strong>sandbox</strong>: <a href="./../../interfaces/SandboxAdapter"><code>SandboxAdapter</code></a></p></blockquote><p>Defined in: core/src/testing/check-spec.ts:26</p><p>Where the cases run: each case opens a fresh project in it, killed afterwards.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/testing/interfaces/CheckSpecOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckSpecOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckSpecOptions as default
};
