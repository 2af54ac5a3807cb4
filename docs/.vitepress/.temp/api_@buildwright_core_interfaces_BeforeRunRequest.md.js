import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BeforeRunRequest","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/BeforeRunRequest.md","filePath":"api/@buildwright/core/interfaces/BeforeRunRequest.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/BeforeRunRequest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / BeforeRunRequest</p><h1 id="interface-beforerunrequest" tabindex="-1">Interface: BeforeRunRequest <a class="header-anchor" href="#interface-beforerunrequest" aria-label="Permalink to &quot;Interface: BeforeRunRequest&quot;">​</a></h1><p>Defined in: core/src/run/host-hooks.ts:6</p><p>What <code>beforeRun</code> is asked about: a generation or an edit about to start.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><strong>kind</strong>: <a href="./../../client/type-aliases/ProjectKind"><code>ProjectKind</code></a></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:9</p><hr><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><blockquote><p><strong>mode</strong>: <code>&quot;generate&quot;</code> | <code>&quot;edit&quot;</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:11</p><hr><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:8</p><p>The owner (end user of the hosting app) who asked for the run.</p><hr><h3 id="projectid" tabindex="-1">projectId? <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>projectId?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:13</p><p>The project being edited (<code>mode: &#39;edit&#39;</code> only).</p><hr><h3 id="prompt" tabindex="-1">prompt <a class="header-anchor" href="#prompt" aria-label="Permalink to &quot;prompt&quot;">​</a></h3><blockquote><p><strong>prompt</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/run/host-hooks.ts:10</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/BeforeRunRequest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BeforeRunRequest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BeforeRunRequest as default
};
