import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CompileSolidityOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/interfaces/CompileSolidityOptions.md","filePath":"api/@buildwright/adapters/viem/interfaces/CompileSolidityOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/interfaces/CompileSolidityOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / CompileSolidityOptions</p><h1 id="interface-compilesolidityoptions" tabindex="-1">Interface: CompileSolidityOptions <a class="header-anchor" href="#interface-compilesolidityoptions" aria-label="Permalink to &quot;Interface: CompileSolidityOptions&quot;">​</a></h1><p>Defined in: adapters/src/viem/compile-solidity.ts:9</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="evmversion" tabindex="-1">evmVersion? <a class="header-anchor" href="#evmversion" aria-label="Permalink to &quot;evmVersion?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>evmVersion?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/viem/compile-solidity.ts:18</p><p>EVM version to target. Default <code>&#39;cancun&#39;</code>: every built-in testnet runs it, and newer opcodes (Osaka&#39;s CLZ) would fail on chains that have not upgraded.</p><hr><h3 id="nodemodulesdir" tabindex="-1">nodeModulesDir? <a class="header-anchor" href="#nodemodulesdir" aria-label="Permalink to &quot;nodeModulesDir?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>nodeModulesDir?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/viem/compile-solidity.ts:13</p><p>The project&#39;s <code>node_modules</code>, searched for package imports. Default: <code>&lt;cwd&gt;/node_modules</code>.</p><hr><h3 id="optimizerruns" tabindex="-1">optimizerRuns? <a class="header-anchor" href="#optimizerruns" aria-label="Permalink to &quot;optimizerRuns?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>optimizerRuns?</strong>: <code>number</code> | <code>false</code></p></blockquote><p>Defined in: adapters/src/viem/compile-solidity.ts:20</p><p>Optimizer runs, or <code>false</code> to turn the optimizer off. Default 200.</p><hr><h3 id="sources" tabindex="-1">sources <a class="header-anchor" href="#sources" aria-label="Permalink to &quot;sources&quot;">​</a></h3><blockquote><p><strong>sources</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Defined in: adapters/src/viem/compile-solidity.ts:11</p><p>Solidity sources, project-relative path → content (e.g. <code>{ &#39;contracts/Token.sol&#39;: &#39;...&#39; }</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/interfaces/CompileSolidityOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CompileSolidityOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CompileSolidityOptions as default
};
