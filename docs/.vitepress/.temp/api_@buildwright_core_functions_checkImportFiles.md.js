import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: checkImportFiles()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/checkImportFiles.md","filePath":"api/@buildwright/core/functions/checkImportFiles.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/checkImportFiles.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / checkImportFiles</p><h1 id="function-checkimportfiles" tabindex="-1">Function: checkImportFiles() <a class="header-anchor" href="#function-checkimportfiles" aria-label="Permalink to &quot;Function: checkImportFiles()&quot;">​</a></h1><blockquote><p><strong>checkImportFiles</strong>(<code>files</code>, <code>limits?</code>): <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Defined in: core/src/versions/import-limits.ts:58</p><p>Checks a set of files against the import limits and path rules, returning them with normalized paths. Throws <code>IMPORT_REJECTED</code> before anything is written.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h3><p><code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p><h3 id="limits" tabindex="-1">limits? <a class="header-anchor" href="#limits" aria-label="Permalink to &quot;limits?&quot;">​</a></h3><p><a href="./../interfaces/ImportLimits"><code>ImportLimits</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> files</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> checkImportFiles</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">({ </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;src/App.tsx&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: source }, { maxFiles: </span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">100</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> });</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/checkImportFiles.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const checkImportFiles = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  checkImportFiles as default
};
