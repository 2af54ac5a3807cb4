import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: initialSnapshot","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/client/variables/initialSnapshot.md","filePath":"api/@buildwright/client/variables/initialSnapshot.md"}');
const _sfc_main = { name: "api/@buildwright/client/variables/initialSnapshot.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/client</a> / initialSnapshot</p><h1 id="variable-initialsnapshot" tabindex="-1">Variable: initialSnapshot <a class="header-anchor" href="#variable-initialsnapshot" aria-label="Permalink to &quot;Variable: initialSnapshot&quot;">​</a></h1><blockquote><p><code>const</code> <strong>initialSnapshot</strong>: <a href="./../interfaces/BuilderSnapshot"><code>BuilderSnapshot</code></a></p></blockquote><p>Defined in: client/src/client-state.ts:179</p><p>The state of a client that has loaded nothing.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/client/variables/initialSnapshot.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const initialSnapshot = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  initialSnapshot as default
};
