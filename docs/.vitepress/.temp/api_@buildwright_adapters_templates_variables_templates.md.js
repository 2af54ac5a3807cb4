import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: templates","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/templates/variables/templates.md","filePath":"api/@buildwright/adapters/templates/variables/templates.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/templates/variables/templates.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/templates</a> / templates</p><h1 id="variable-templates" tabindex="-1">Variable: templates <a class="header-anchor" href="#variable-templates" aria-label="Permalink to &quot;Variable: templates&quot;">​</a></h1><blockquote><p><code>const</code> <strong>templates</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<code>string</code>, <a href="./../../../core/interfaces/Template"><code>Template</code></a>&gt;&gt;</p></blockquote><p>Defined in: adapters/src/templates/template-registry.ts:15</p><p>The built-in templates by name. Extend it by spreading it into your own record and passing that as the builder&#39;s <code>templates</code> option.</p><h2 id="example" tabindex="-1">Example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;Example&quot;">​</a></h2><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">import</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { templates } </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">from</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;@buildwright/adapters/templates&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span>
<span class="line"></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> myTemplates</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> { </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">...</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">templates, minimal: { name: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;minimal&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, kind: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;web&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, description: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;index.html only&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, files: { </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;index.html&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: </span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;">&#39;&lt;div id=&quot;root&quot;&gt;&lt;/div&gt;&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> } } };</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/templates/variables/templates.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const templates = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  templates as default
};
