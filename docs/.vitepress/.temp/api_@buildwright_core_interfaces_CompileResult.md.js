import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CompileResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/CompileResult.md","filePath":"api/@buildwright/core/interfaces/CompileResult.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/CompileResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / CompileResult</p><h1 id="interface-compileresult" tabindex="-1">Interface: CompileResult <a class="header-anchor" href="#interface-compileresult" aria-label="Permalink to &quot;Interface: CompileResult&quot;">​</a></h1><p>Defined in: core/src/spec/chain.ts:22</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./../../adapters/viem/interfaces/CompileSolidityResult"><code>CompileSolidityResult</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="compilerversion" tabindex="-1">compilerVersion <a class="header-anchor" href="#compilerversion" aria-label="Permalink to &quot;compilerVersion&quot;">​</a></h3><blockquote><p><strong>compilerVersion</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:27</p><hr><h3 id="contracts" tabindex="-1">contracts <a class="header-anchor" href="#contracts" aria-label="Permalink to &quot;contracts&quot;">​</a></h3><blockquote><p><strong>contracts</strong>: <a href="./CompiledContract"><code>CompiledContract</code></a>[]</p></blockquote><p>Defined in: core/src/spec/chain.ts:24</p><hr><h3 id="errors" tabindex="-1">errors <a class="header-anchor" href="#errors" aria-label="Permalink to &quot;errors&quot;">​</a></h3><blockquote><p><strong>errors</strong>: <a href="./SolidityIssue"><code>SolidityIssue</code></a>[]</p></blockquote><p>Defined in: core/src/spec/chain.ts:25</p><hr><h3 id="ok" tabindex="-1">ok <a class="header-anchor" href="#ok" aria-label="Permalink to &quot;ok&quot;">​</a></h3><blockquote><p><strong>ok</strong>: <code>boolean</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:23</p><hr><h3 id="warnings" tabindex="-1">warnings <a class="header-anchor" href="#warnings" aria-label="Permalink to &quot;warnings&quot;">​</a></h3><blockquote><p><strong>warnings</strong>: <a href="./SolidityIssue"><code>SolidityIssue</code></a>[]</p></blockquote><p>Defined in: core/src/spec/chain.ts:26</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/CompileResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CompileResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CompileResult as default
};
