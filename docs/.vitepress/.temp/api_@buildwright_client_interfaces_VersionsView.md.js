import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VersionsView","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/VersionsView.md","filePath":"api/@buildwright/client/interfaces/VersionsView.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/VersionsView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / VersionsView</p><h1 id="interface-versionsview" tabindex="-1">Interface: VersionsView <a class="header-anchor" href="#interface-versionsview" aria-label="Permalink to &quot;Interface: VersionsView&quot;">​</a></h1><p>Defined in: client/src/client-state.ts:125</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="list" tabindex="-1">list <a class="header-anchor" href="#list" aria-label="Permalink to &quot;list&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>list</strong>: readonly <a href="./VersionRecord"><code>VersionRecord</code></a>[]</p></blockquote><p>Defined in: client/src/client-state.ts:126</p><hr><h3 id="loaded" tabindex="-1">loaded <a class="header-anchor" href="#loaded" aria-label="Permalink to &quot;loaded&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>loaded</strong>: <code>boolean</code></p></blockquote><p>Defined in: client/src/client-state.ts:127</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/VersionsView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VersionsView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VersionsView as default
};
