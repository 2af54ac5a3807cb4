import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/adapters/memory","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/memory/index.md","filePath":"api/@buildwright/adapters/memory/index.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/memory/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/adapters/memory</p><h1 id="buildwright-adapters-memory" tabindex="-1">@buildwright/adapters/memory <a class="header-anchor" href="#buildwright-adapters-memory" aria-label="Permalink to &quot;@buildwright/adapters/memory&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/MemorySandboxCommand">MemorySandboxCommand</a></li><li><a href="./interfaces/MemorySandboxOptions">MemorySandboxOptions</a></li><li><a href="./interfaces/MemorySandboxReply">MemorySandboxReply</a></li><li><a href="./interfaces/MemoryStorage">MemoryStorage</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/MemorySandboxHandler">MemorySandboxHandler</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/memorySandbox">memorySandbox</a></li><li><a href="./functions/memoryStorage">memoryStorage</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/memory/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
