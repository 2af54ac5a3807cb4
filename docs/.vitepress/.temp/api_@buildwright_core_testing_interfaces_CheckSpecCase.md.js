import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckSpecCase","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/testing/interfaces/CheckSpecCase.md","filePath":"api/@buildwright/core/testing/interfaces/CheckSpecCase.md"}');
const _sfc_main = { name: "api/@buildwright/core/testing/interfaces/CheckSpecCase.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/testing</a> / CheckSpecCase</p><h1 id="interface-checkspeccase" tabindex="-1">Interface: CheckSpecCase <a class="header-anchor" href="#interface-checkspeccase" aria-label="Permalink to &quot;Interface: CheckSpecCase&quot;">​</a></h1><p>Defined in: core/src/testing/check-spec.ts:10</p><p>One project the check is run on, and what it must answer.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="expect" tabindex="-1">expect <a class="header-anchor" href="#expect" aria-label="Permalink to &quot;expect&quot;">​</a></h3><blockquote><p><strong>expect</strong>: <code>&quot;passed&quot;</code> | <code>&quot;failed&quot;</code> | <code>&quot;skipped&quot;</code></p></blockquote><p>Defined in: core/src/testing/check-spec.ts:18</p><p>The status the check must give.</p><hr><h3 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h3><blockquote><p><strong>files</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Defined in: core/src/testing/check-spec.ts:14</p><p>The project&#39;s files.</p><hr><h3 id="issues" tabindex="-1">issues? <a class="header-anchor" href="#issues" aria-label="Permalink to &quot;issues?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>issues?</strong>: <code>Partial</code>&lt;<a href="./../../interfaces/CheckIssue"><code>CheckIssue</code></a>&gt;[]</p></blockquote><p>Defined in: core/src/testing/check-spec.ts:20</p><p>For <code>failed</code>: issues the result must hold, in order, each matched as a subset, e.g. <code>[{ file: &#39;src/App.tsx&#39;, line: 3 }]</code>.</p><hr><h3 id="kind" tabindex="-1">kind? <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>kind?</strong>: <a href="./../../../client/type-aliases/ProjectKind"><code>ProjectKind</code></a></p></blockquote><p>Defined in: core/src/testing/check-spec.ts:16</p><p>Default <code>web</code>.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/testing/check-spec.ts:12</p><p>What the project shows, e.g. <code>an import of a missing file</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/testing/interfaces/CheckSpecCase.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckSpecCase = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckSpecCase as default
};
