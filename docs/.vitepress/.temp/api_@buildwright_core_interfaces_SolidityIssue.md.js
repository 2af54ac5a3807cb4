import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SolidityIssue","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/SolidityIssue.md","filePath":"api/@buildwright/core/interfaces/SolidityIssue.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/SolidityIssue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / SolidityIssue</p><h1 id="interface-solidityissue" tabindex="-1">Interface: SolidityIssue <a class="header-anchor" href="#interface-solidityissue" aria-label="Permalink to &quot;Interface: SolidityIssue&quot;">​</a></h1><p>Defined in: core/src/spec/chain.ts:2</p><p>A compiler or linter finding with its position.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="column" tabindex="-1">column? <a class="header-anchor" href="#column" aria-label="Permalink to &quot;column?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>column?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:7</p><hr><h3 id="file" tabindex="-1">file? <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>file?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:5</p><p>Source path relative to the project, e.g. <code>contracts/Token.sol</code>.</p><hr><h3 id="line" tabindex="-1">line? <a class="header-anchor" href="#line" aria-label="Permalink to &quot;line?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>line?</strong>: <code>number</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:6</p><hr><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><blockquote><p><strong>message</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:8</p><hr><h3 id="rule" tabindex="-1">rule? <a class="header-anchor" href="#rule" aria-label="Permalink to &quot;rule?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>rule?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:10</p><p>Rule or error type, e.g. <code>ParserError</code>, <code>avoid-tx-origin</code>.</p><hr><h3 id="severity" tabindex="-1">severity <a class="header-anchor" href="#severity" aria-label="Permalink to &quot;severity&quot;">​</a></h3><blockquote><p><strong>severity</strong>: <code>&quot;error&quot;</code> | <code>&quot;warning&quot;</code></p></blockquote><p>Defined in: core/src/spec/chain.ts:3</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/SolidityIssue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SolidityIssue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SolidityIssue as default
};
