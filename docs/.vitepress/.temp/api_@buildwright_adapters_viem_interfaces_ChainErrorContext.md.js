import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ChainErrorContext","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/interfaces/ChainErrorContext.md","filePath":"api/@buildwright/adapters/viem/interfaces/ChainErrorContext.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/interfaces/ChainErrorContext.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / ChainErrorContext</p><h1 id="interface-chainerrorcontext" tabindex="-1">Interface: ChainErrorContext <a class="header-anchor" href="#interface-chainerrorcontext" aria-label="Permalink to &quot;Interface: ChainErrorContext&quot;">​</a></h1><p>Defined in: adapters/src/viem/chain-errors.ts:4</p><p>What was being done when a chain call failed; it picks the fallback code and the wording.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="account" tabindex="-1">account? <a class="header-anchor" href="#account" aria-label="Permalink to &quot;account?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>account?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/viem/chain-errors.ts:8</p><p>The sending account, for funding advice.</p><hr><h3 id="contractname" tabindex="-1">contractName? <a class="header-anchor" href="#contractname" aria-label="Permalink to &quot;contractName?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>contractName?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/viem/chain-errors.ts:10</p><hr><h3 id="functionname" tabindex="-1">functionName? <a class="header-anchor" href="#functionname" aria-label="Permalink to &quot;functionName?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>functionName?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/viem/chain-errors.ts:9</p><hr><h3 id="operation" tabindex="-1">operation <a class="header-anchor" href="#operation" aria-label="Permalink to &quot;operation&quot;">​</a></h3><blockquote><p><strong>operation</strong>: <code>&quot;connect&quot;</code> | <code>&quot;deploy&quot;</code> | <code>&quot;read&quot;</code> | <code>&quot;write&quot;</code></p></blockquote><p>Defined in: adapters/src/viem/chain-errors.ts:5</p><hr><h3 id="rpcurl" tabindex="-1">rpcUrl <a class="header-anchor" href="#rpcurl" aria-label="Permalink to &quot;rpcUrl&quot;">​</a></h3><blockquote><p><strong>rpcUrl</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/viem/chain-errors.ts:6</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/interfaces/ChainErrorContext.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChainErrorContext = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChainErrorContext as default
};
