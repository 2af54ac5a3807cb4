import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: defaultSandboxLimits","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/local/variables/defaultSandboxLimits.md","filePath":"api/@buildwright/adapters/local/variables/defaultSandboxLimits.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/local/variables/defaultSandboxLimits.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/local</a> / defaultSandboxLimits</p><h1 id="variable-defaultsandboxlimits" tabindex="-1">Variable: defaultSandboxLimits <a class="header-anchor" href="#variable-defaultsandboxlimits" aria-label="Permalink to &quot;Variable: defaultSandboxLimits&quot;">​</a></h1><blockquote><p><code>const</code> <strong>defaultSandboxLimits</strong>: <a href="./../interfaces/SandboxLimits"><code>SandboxLimits</code></a></p></blockquote><p>Defined in: adapters/src/local/command-limits.ts:24</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/local/variables/defaultSandboxLimits.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultSandboxLimits = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultSandboxLimits as default
};
