import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EditOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/EditOptions.md","filePath":"api/@buildwright/core/interfaces/EditOptions.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/EditOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / EditOptions</p><h1 id="interface-editoptions" tabindex="-1">Interface: EditOptions <a class="header-anchor" href="#interface-editoptions" aria-label="Permalink to &quot;Interface: EditOptions&quot;">​</a></h1><p>Defined in: core/src/actions/edit.ts:11</p><p>Options of <code>builder.edit</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="approveplan" tabindex="-1">approvePlan? <a class="header-anchor" href="#approveplan" aria-label="Permalink to &quot;approvePlan?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>approvePlan?</strong>: <code>boolean</code></p></blockquote><p>Defined in: core/src/actions/edit.ts:15</p><p>Stop after the plan until it is approved, as <code>generate({ approvePlan: true })</code> does. Default false.</p><hr><h3 id="ownerid" tabindex="-1">ownerId? <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>ownerId?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/actions/edit.ts:13</p><hr><h3 id="prompt" tabindex="-1">prompt <a class="header-anchor" href="#prompt" aria-label="Permalink to &quot;prompt&quot;">​</a></h3><blockquote><p><strong>prompt</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/actions/edit.ts:12</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/EditOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EditOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EditOptions as default
};
