import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MemorySandboxOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/memory/interfaces/MemorySandboxOptions.md","filePath":"api/@buildwright/adapters/memory/interfaces/MemorySandboxOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/memory/interfaces/MemorySandboxOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/memory</a> / MemorySandboxOptions</p><h1 id="interface-memorysandboxoptions" tabindex="-1">Interface: MemorySandboxOptions <a class="header-anchor" href="#interface-memorysandboxoptions" aria-label="Permalink to &quot;Interface: MemorySandboxOptions&quot;">​</a></h1><p>Defined in: core/src/testing/doubles/memory-sandbox.ts:36</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="handler" tabindex="-1">handler? <a class="header-anchor" href="#handler" aria-label="Permalink to &quot;handler?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>handler?</strong>: <a href="./../type-aliases/MemorySandboxHandler"><code>MemorySandboxHandler</code></a></p></blockquote><p>Defined in: core/src/testing/doubles/memory-sandbox.ts:38</p><p>Answers commands; by default every command exits 0 with no output and servers cannot start.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/memory/interfaces/MemorySandboxOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MemorySandboxOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MemorySandboxOptions as default
};
