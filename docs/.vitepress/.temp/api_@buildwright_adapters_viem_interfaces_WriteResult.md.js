import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WriteResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/interfaces/WriteResult.md","filePath":"api/@buildwright/adapters/viem/interfaces/WriteResult.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/interfaces/WriteResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / WriteResult</p><h1 id="interface-writeresult" tabindex="-1">Interface: WriteResult <a class="header-anchor" href="#interface-writeresult" aria-label="Permalink to &quot;Interface: WriteResult&quot;">​</a></h1><p>Defined in: adapters/src/viem/chain-operations.ts:10</p><p>The result of a write: the spec&#39;s <code>{ txHash, status }</code> plus the gas it used and its block.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="blocknumber" tabindex="-1">blockNumber <a class="header-anchor" href="#blocknumber" aria-label="Permalink to &quot;blockNumber&quot;">​</a></h3><blockquote><p><strong>blockNumber</strong>: <code>bigint</code></p></blockquote><p>Defined in: adapters/src/viem/chain-operations.ts:14</p><hr><h3 id="gasused" tabindex="-1">gasUsed <a class="header-anchor" href="#gasused" aria-label="Permalink to &quot;gasUsed&quot;">​</a></h3><blockquote><p><strong>gasUsed</strong>: <code>bigint</code></p></blockquote><p>Defined in: adapters/src/viem/chain-operations.ts:13</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><strong>status</strong>: <code>&quot;success&quot;</code> | <code>&quot;reverted&quot;</code></p></blockquote><p>Defined in: adapters/src/viem/chain-operations.ts:12</p><hr><h3 id="txhash" tabindex="-1">txHash <a class="header-anchor" href="#txhash" aria-label="Permalink to &quot;txHash&quot;">​</a></h3><blockquote><p><strong>txHash</strong>: <code>\`0x\${string}\`</code></p></blockquote><p>Defined in: adapters/src/viem/chain-operations.ts:11</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/interfaces/WriteResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WriteResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WriteResult as default
};
