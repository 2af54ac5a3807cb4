import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: normalizeImportPath()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/functions/normalizeImportPath.md","filePath":"api/@buildwright/core/functions/normalizeImportPath.md"}');
const _sfc_main = { name: "api/@buildwright/core/functions/normalizeImportPath.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / normalizeImportPath</p><h1 id="function-normalizeimportpath" tabindex="-1">Function: normalizeImportPath() <a class="header-anchor" href="#function-normalizeimportpath" aria-label="Permalink to &quot;Function: normalizeImportPath()&quot;">​</a></h1><blockquote><p><strong>normalizeImportPath</strong>(<code>path</code>): <code>string</code></p></blockquote><p>Defined in: core/src/versions/import-limits.ts:38</p><p>The project path an imported file goes to, by the project&#39;s one path rule (<code>projectPath</code>): <code>\\</code> becomes <code>/</code>, <code>./</code> and <code>a/..</code> are resolved, names are Unicode NFC. Throws <code>IMPORT_REJECTED</code> (<code>details.reason</code> <code>&#39;path&#39;</code>, <code>details.pathCode</code> the rule&#39;s own code) for a path <code>projectPath</code> refuses, or a protected path the model could not write either (<code>.git/</code>, <code>node_modules/</code>, <code>.npmrc</code>, ...).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">normalizeImportPath</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;./src</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">\\\\</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">App.tsx&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">); </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// &#39;src/App.tsx&#39;</span></span>
<span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">normalizeImportPath</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;../evil&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">);         </span><span style="--shiki-light:#6A737D;--shiki-dark:#6A737D;">// throws IMPORT_REJECTED</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/functions/normalizeImportPath.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const normalizeImportPath = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  normalizeImportPath as default
};
