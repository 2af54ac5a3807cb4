import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ContractCardProps","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/interfaces/ContractCardProps.md","filePath":"api/@buildwright/react/interfaces/ContractCardProps.md"}');
const _sfc_main = { name: "api/@buildwright/react/interfaces/ContractCardProps.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / ContractCardProps</p><h1 id="interface-contractcardprops" tabindex="-1">Interface: ContractCardProps <a class="header-anchor" href="#interface-contractcardprops" aria-label="Permalink to &quot;Interface: ContractCardProps&quot;">​</a></h1><p>Defined in: react/src/components/contract-card.tsx:8</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="classname" tabindex="-1">className? <a class="header-anchor" href="#classname" aria-label="Permalink to &quot;className?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>className?</strong>: <code>string</code></p></blockquote><p>Defined in: react/src/components/contract-card.tsx:12</p><hr><h3 id="contract" tabindex="-1">contract? <a class="header-anchor" href="#contract" aria-label="Permalink to &quot;contract?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>contract?</strong>: <a href="./../../client/interfaces/ContractView"><code>ContractView</code></a> | <code>null</code></p></blockquote><p>Defined in: react/src/components/contract-card.tsx:10</p><p>The contract to show; the project&#39;s latest deployed contract when omitted (inside a provider).</p><hr><h3 id="unstyled" tabindex="-1">unstyled? <a class="header-anchor" href="#unstyled" aria-label="Permalink to &quot;unstyled?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>unstyled?</strong>: <code>boolean</code></p></blockquote><p>Defined in: react/src/components/contract-card.tsx:11</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/interfaces/ContractCardProps.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ContractCardProps = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ContractCardProps as default
};
