import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VersionRecord","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/interfaces/VersionRecord.md","filePath":"api/@buildwright/client/interfaces/VersionRecord.md"}');
const _sfc_main = { name: "api/@buildwright/client/interfaces/VersionRecord.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / VersionRecord</p><h1 id="interface-versionrecord" tabindex="-1">Interface: VersionRecord <a class="header-anchor" href="#interface-versionrecord" aria-label="Permalink to &quot;Interface: VersionRecord&quot;">​</a></h1><p>Defined in: client/src/records.ts:71</p><p>An immutable snapshot of a project&#39;s files.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="createdat" tabindex="-1">createdAt <a class="header-anchor" href="#createdat" aria-label="Permalink to &quot;createdAt&quot;">​</a></h3><blockquote><p><strong>createdAt</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:82</p><hr><h3 id="filecount" tabindex="-1">fileCount <a class="header-anchor" href="#filecount" aria-label="Permalink to &quot;fileCount&quot;">​</a></h3><blockquote><p><strong>fileCount</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/records.ts:81</p><p>Number of files.</p><hr><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><blockquote><p><strong>message</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:77</p><hr><h3 id="number" tabindex="-1">number <a class="header-anchor" href="#number" aria-label="Permalink to &quot;number&quot;">​</a></h3><blockquote><p><strong>number</strong>: <code>number</code></p></blockquote><p>Defined in: client/src/records.ts:74</p><p>1, 2, 3... per project.</p><hr><h3 id="parent" tabindex="-1">parent <a class="header-anchor" href="#parent" aria-label="Permalink to &quot;parent&quot;">​</a></h3><blockquote><p><strong>parent</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: client/src/records.ts:76</p><p>Version this one was made from, <code>null</code> for the first.</p><hr><h3 id="projectid" tabindex="-1">projectId <a class="header-anchor" href="#projectid" aria-label="Permalink to &quot;projectId&quot;">​</a></h3><blockquote><p><strong>projectId</strong>: <code>string</code></p></blockquote><p>Defined in: client/src/records.ts:72</p><hr><h3 id="runid" tabindex="-1">runId <a class="header-anchor" href="#runid" aria-label="Permalink to &quot;runId&quot;">​</a></h3><blockquote><p><strong>runId</strong>: <code>string</code> | <code>null</code></p></blockquote><p>Defined in: client/src/records.ts:79</p><p>Run that created it, <code>null</code> for imports and restores made outside a run. A run creates at most one version.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/interfaces/VersionRecord.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VersionRecord = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VersionRecord as default
};
