import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OwnerScope","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/OwnerScope.md","filePath":"api/@buildwright/core/interfaces/OwnerScope.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/OwnerScope.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / OwnerScope</p><h1 id="interface-ownerscope" tabindex="-1">Interface: OwnerScope <a class="header-anchor" href="#interface-ownerscope" aria-label="Permalink to &quot;Interface: OwnerScope&quot;">​</a></h1><p>Defined in: core/src/spec/storage.ts:139</p><p>Scope of every read: the owner. A hosting app cannot forget it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="ownerid" tabindex="-1">ownerId <a class="header-anchor" href="#ownerid" aria-label="Permalink to &quot;ownerId&quot;">​</a></h3><blockquote><p><strong>ownerId</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/storage.ts:140</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/OwnerScope.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OwnerScope = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OwnerScope as default
};
