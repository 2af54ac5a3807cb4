import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ExistingContractInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/ExistingContractInput.md","filePath":"api/@buildwright/core/interfaces/ExistingContractInput.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/ExistingContractInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / ExistingContractInput</p><h1 id="interface-existingcontractinput" tabindex="-1">Interface: ExistingContractInput <a class="header-anchor" href="#interface-existingcontractinput" aria-label="Permalink to &quot;Interface: ExistingContractInput&quot;">​</a></h1><p>Defined in: core/src/actions/generate.ts:38</p><p>An already-deployed contract given to <code>generate</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="abi" tabindex="-1">abi <a class="header-anchor" href="#abi" aria-label="Permalink to &quot;abi&quot;">​</a></h3><blockquote><p><strong>abi</strong>: <code>unknown</code>[]</p></blockquote><p>Defined in: core/src/actions/generate.ts:40</p><hr><h3 id="address" tabindex="-1">address <a class="header-anchor" href="#address" aria-label="Permalink to &quot;address&quot;">​</a></h3><blockquote><p><strong>address</strong>: <code>\`0x\${string}\`</code></p></blockquote><p>Defined in: core/src/actions/generate.ts:39</p><hr><h3 id="chainid" tabindex="-1">chainId <a class="header-anchor" href="#chainid" aria-label="Permalink to &quot;chainId&quot;">​</a></h3><blockquote><p><strong>chainId</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/actions/generate.ts:41</p><hr><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/actions/generate.ts:43</p><p>Contract name shown in the app. Default <code>Contract</code>.</p><hr><h3 id="rpcurl" tabindex="-1">rpcUrl? <a class="header-anchor" href="#rpcurl" aria-label="Permalink to &quot;rpcUrl?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>rpcUrl?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/actions/generate.ts:44</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/ExistingContractInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExistingContractInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExistingContractInput as default
};
