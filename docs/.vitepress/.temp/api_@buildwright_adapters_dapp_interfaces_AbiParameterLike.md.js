import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AbiParameterLike","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/dapp/interfaces/AbiParameterLike.md","filePath":"api/@buildwright/adapters/dapp/interfaces/AbiParameterLike.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/dapp/interfaces/AbiParameterLike.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/dapp</a> / AbiParameterLike</p><h1 id="interface-abiparameterlike" tabindex="-1">Interface: AbiParameterLike <a class="header-anchor" href="#interface-abiparameterlike" aria-label="Permalink to &quot;Interface: AbiParameterLike&quot;">​</a></h1><p>Defined in: adapters/src/dapp/coerce-arguments.ts:3</p><p>The part of an ABI parameter that decides how a JSON value is turned into a contract argument.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="components" tabindex="-1">components? <a class="header-anchor" href="#components" aria-label="Permalink to &quot;components?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>components?</strong>: readonly <code>AbiParameterLike</code>[]</p></blockquote><p>Defined in: adapters/src/dapp/coerce-arguments.ts:6</p><hr><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/dapp/coerce-arguments.ts:4</p><hr><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><blockquote><p><strong>type</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/dapp/coerce-arguments.ts:5</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/dapp/interfaces/AbiParameterLike.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AbiParameterLike = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AbiParameterLike as default
};
