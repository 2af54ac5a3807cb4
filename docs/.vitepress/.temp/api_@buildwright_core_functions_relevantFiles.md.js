import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: relevantFiles()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/relevantFiles.md","filePath":"api/@buildwright/core/functions/relevantFiles.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/relevantFiles.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / relevantFiles</p><h1 id="function-relevantfiles" tabindex="-1">Function: relevantFiles() <a class="header-anchor" href="#function-relevantfiles" aria-label="Permalink to &quot;Function: relevantFiles()&quot;">​</a></h1><blockquote><p><strong>relevantFiles</strong>(<code>files</code>, <code>prompt</code>, <code>options?</code>): <code>string</code>[]</p></blockquote><p>Defined in: core/src/graph/relevant-files.ts:19</p><p>Picks the files worth sending for a request: files the prompt names first, then files whose path or content share the most words with it. Lock files and assets are never sent.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="files" tabindex="-1">files <a class="header-anchor" href="#files" aria-label="Permalink to &quot;files&quot;">​</a></h3><p><code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;&gt;</p><h3 id="prompt" tabindex="-1">prompt <a class="header-anchor" href="#prompt" aria-label="Permalink to &quot;prompt&quot;">​</a></h3><p><code>string</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/RelevantFilesOptions"><code>RelevantFilesOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code>[]</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">relevantFiles</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(files, </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;make the counter button red&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">); </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// [&#39;src/Counter.tsx&#39;, &#39;src/App.tsx&#39;, ...]</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/relevantFiles.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const relevantFiles = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  relevantFiles as default
};
