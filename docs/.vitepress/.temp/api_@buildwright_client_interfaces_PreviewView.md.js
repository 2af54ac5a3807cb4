import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PreviewView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/PreviewView.md","filePath":"api/@buildwright/client/interfaces/PreviewView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/PreviewView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / PreviewView</p><h1 id="interface-previewview" tabindex="-1">Interface: PreviewView <a class="header-anchor" href="#interface-previewview" aria-label="Permalink to &quot;Interface: PreviewView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:130</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./../../react/interfaces/UsePreviewResult"><code>UsePreviewResult</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="docsurl" tabindex="-1">docsUrl <a class="header-anchor" href="#docsurl" aria-label="Permalink to &quot;docsUrl&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>docsUrl</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: client/src/client-state.ts:133</p><p>Interactive API docs of an API project (&quot;try it&quot; calls <code>url</code>), or null.</p><hr><h3 id="reason" tabindex="-1">reason <a class="header-anchor" href="#reason" aria-label="Permalink to &quot;reason&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>reason</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: client/src/client-state.ts:137</p><p>Why the preview failed.</p><hr><h3 id="status" tabindex="-1">status <a class="header-anchor" href="#status" aria-label="Permalink to &quot;status&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>status</strong>: <code>&quot;failed&quot;</code> | <code>&quot;none&quot;</code> | <code>&quot;waiting&quot;</code> | <code>&quot;ready&quot;</code></p></blockquote><p>Defined in: client/src/client-state.ts:135</p><p><code>none</code>: no run yet; <code>waiting</code>: a run is under way and no preview yet; <code>ready</code>; <code>failed</code>: the run ended without a preview.</p><hr><h3 id="url" tabindex="-1">url <a class="header-anchor" href="#url" aria-label="Permalink to &quot;url&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>url</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: client/src/client-state.ts:131</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/PreviewView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PreviewView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PreviewView as default
};
