import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SandboxLimitName","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/local/type-aliases/SandboxLimitName.md","filePath":"api/@buildwright/adapters/local/type-aliases/SandboxLimitName.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/local/type-aliases/SandboxLimitName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/local</a> / SandboxLimitName</p><h1 id="type-alias-sandboxlimitname" tabindex="-1">Type Alias: SandboxLimitName <a class="header-anchor" href="#type-alias-sandboxlimitname" aria-label="Permalink to &quot;Type Alias: SandboxLimitName&quot;">​</a></h1><blockquote><p><strong>SandboxLimitName</strong> = <code>&quot;memory&quot;</code> | <code>&quot;processes&quot;</code> | <code>&quot;fileSize&quot;</code> | <code>&quot;cpu&quot;</code> | <code>&quot;disk&quot;</code></p></blockquote><p>Defined in: adapters/src/local/command-limits.ts:22</p><p>Which limit stopped a command.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/local/type-aliases/SandboxLimitName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SandboxLimitName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SandboxLimitName as default
};
