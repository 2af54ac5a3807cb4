import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ChainSpecOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/testing/interfaces/ChainSpecOptions.md","filePath":"api/@buildwright/core/testing/interfaces/ChainSpecOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/testing/interfaces/ChainSpecOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/testing</a> / ChainSpecOptions</p><h1 id="interface-chainspecoptions" tabindex="-1">Interface: ChainSpecOptions <a class="header-anchor" href="#interface-chainspecoptions" aria-label="Permalink to &quot;Interface: ChainSpecOptions&quot;">​</a></h1><p>Defined in: core/src/testing/chain-spec.ts:7</p><p>Options of <a href="./../functions/runChainSpec">runChainSpec</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/testing/chain-spec.ts:9</p><p>Suite name (defaults to <code>adapter</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/testing/interfaces/ChainSpecOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChainSpecOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChainSpecOptions as default
};
