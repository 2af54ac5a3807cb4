import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MemorySandboxHandler","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/memory/type-aliases/MemorySandboxHandler.md","filePath":"api/@buildwright/adapters/memory/type-aliases/MemorySandboxHandler.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/memory/type-aliases/MemorySandboxHandler.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/memory</a> / MemorySandboxHandler</p><h1 id="type-alias-memorysandboxhandler" tabindex="-1">Type Alias: MemorySandboxHandler <a class="header-anchor" href="#type-alias-memorysandboxhandler" aria-label="Permalink to &quot;Type Alias: MemorySandboxHandler&quot;">​</a></h1><blockquote><p><strong>MemorySandboxHandler</strong> = (<code>command</code>) =&gt; <a href="./../interfaces/MemorySandboxReply"><code>MemorySandboxReply</code></a> | <code>Promise</code>&lt;<a href="./../interfaces/MemorySandboxReply"><code>MemorySandboxReply</code></a>&gt;</p></blockquote><p>Defined in: core/src/testing/doubles/memory-sandbox.ts:34</p><p>Answers the commands run in a memory sandbox.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="command" tabindex="-1">command <a class="header-anchor" href="#command" aria-label="Permalink to &quot;command&quot;">​</a></h3><p><a href="./../interfaces/MemorySandboxCommand"><code>MemorySandboxCommand</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MemorySandboxReply"><code>MemorySandboxReply</code></a> | <code>Promise</code>&lt;<a href="./../interfaces/MemorySandboxReply"><code>MemorySandboxReply</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/memory/type-aliases/MemorySandboxHandler.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MemorySandboxHandler = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MemorySandboxHandler as default
};
