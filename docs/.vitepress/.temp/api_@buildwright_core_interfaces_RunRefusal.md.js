import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunRefusal","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/RunRefusal.md","filePath":"api/@buildwright/core/interfaces/RunRefusal.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/RunRefusal.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / RunRefusal</p><h1 id="interface-runrefusal" tabindex="-1">Interface: RunRefusal <a class="header-anchor" href="#interface-runrefusal" aria-label="Permalink to &quot;Interface: RunRefusal&quot;">​</a></h1><p>Defined in: core/src/run/host-hooks.ts:20</p><p>What <code>beforeRun</code> returns to refuse a run.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="refuse" tabindex="-1">refuse <a class="header-anchor" href="#refuse" aria-label="Permalink to &quot;refuse&quot;">​</a></h3><blockquote><p><strong>refuse</strong>: <code>object</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:21</p><h4 id="code" tabindex="-1">code <a class="header-anchor" href="#code" aria-label="Permalink to &quot;code&quot;">​</a></h4><blockquote><p><strong>code</strong>: <a href="./../type-aliases/RunRefusalCode"><code>RunRefusalCode</code></a></p></blockquote><h4 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h4><blockquote><p><strong>message</strong>: <code>string</code></p></blockquote><p>Shown to the end user: what happened and what to do (upgrade, wait, pay).</p><h4 id="retryafterseconds" tabindex="-1">retryAfterSeconds? <a class="header-anchor" href="#retryafterseconds" aria-label="Permalink to &quot;retryAfterSeconds?&quot;">​</a></h4><blockquote><p><code>optional</code> <strong>retryAfterSeconds?</strong>: <code>number</code></p></blockquote><p>When to try again, in seconds: the HTTP handler sends it as <code>Retry-After</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/RunRefusal.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunRefusal = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunRefusal as default
};
