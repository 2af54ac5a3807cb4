import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CompiledContract","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/CompiledContract.md","filePath":"api/@buildwright/core/interfaces/CompiledContract.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/CompiledContract.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / CompiledContract</p><h1 id="interface-compiledcontract" tabindex="-1">Interface: CompiledContract <a class="header-anchor" href="#interface-compiledcontract" aria-label="Permalink to &quot;Interface: CompiledContract&quot;">​</a></h1><p>Defined in: core/src/spec/chain.ts:14</p><p>One compiled contract.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="abi" tabindex="-1">abi <a class="header-anchor" href="#abi" aria-label="Permalink to &quot;abi&quot;">​</a></h3><blockquote><p><strong>abi</strong>: <code>unknown</code>[]</p></blockquote><p>Defined in: core/src/spec/chain.ts:17</p><hr><h3 id="bytecode" tabindex="-1">bytecode <a class="header-anchor" href="#bytecode" aria-label="Permalink to &quot;bytecode&quot;">​</a></h3><blockquote><p><strong>bytecode</strong>: <code>\`0x\${string}\`</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:19</p><p>Creation bytecode, 0x-prefixed.</p><hr><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><blockquote><p><strong>file</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:16</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:15</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/CompiledContract.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CompiledContract = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CompiledContract as default
};
