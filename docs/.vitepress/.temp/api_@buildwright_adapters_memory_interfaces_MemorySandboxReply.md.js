import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MemorySandboxReply","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/memory/interfaces/MemorySandboxReply.md","filePath":"api/@buildwright/adapters/memory/interfaces/MemorySandboxReply.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/memory/interfaces/MemorySandboxReply.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/memory</a> / MemorySandboxReply</p><h1 id="interface-memorysandboxreply" tabindex="-1">Interface: MemorySandboxReply <a class="header-anchor" href="#interface-memorysandboxreply" aria-label="Permalink to &quot;Interface: MemorySandboxReply&quot;">​</a></h1><p>Defined in: core/src/testing/doubles/memory-sandbox.ts:25</p><p>A handler&#39;s answer. Missing fields default to exit 0 and empty output.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="exitcode" tabindex="-1">exitCode? <a class="header-anchor" href="#exitcode" aria-label="Permalink to &quot;exitCode?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>exitCode?</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Defined in: core/src/testing/doubles/memory-sandbox.ts:26</p><hr><h3 id="stderr" tabindex="-1">stderr? <a class="header-anchor" href="#stderr" aria-label="Permalink to &quot;stderr?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>stderr?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/testing/doubles/memory-sandbox.ts:28</p><hr><h3 id="stdout" tabindex="-1">stdout? <a class="header-anchor" href="#stdout" aria-label="Permalink to &quot;stdout?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>stdout?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/testing/doubles/memory-sandbox.ts:27</p><hr><h3 id="url" tabindex="-1">url? <a class="header-anchor" href="#url" aria-label="Permalink to &quot;url?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>url?</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/testing/doubles/memory-sandbox.ts:30</p><p>For <code>startServer</code> only: the URL the fake server is reachable at. Without it <code>startServer</code> fails.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/memory/interfaces/MemorySandboxReply.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MemorySandboxReply = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MemorySandboxReply as default
};
