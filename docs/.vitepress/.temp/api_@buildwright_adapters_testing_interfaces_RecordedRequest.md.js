import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RecordedRequest","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/testing/interfaces/RecordedRequest.md","filePath":"api/@buildwright/adapters/testing/interfaces/RecordedRequest.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/testing/interfaces/RecordedRequest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/testing</a> / RecordedRequest</p><h1 id="interface-recordedrequest" tabindex="-1">Interface: RecordedRequest <a class="header-anchor" href="#interface-recordedrequest" aria-label="Permalink to &quot;Interface: RecordedRequest&quot;">​</a></h1><p>Defined in: adapters/src/testing/openai-test-server.ts:8</p><p>A request the server received, for assertions.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="body" tabindex="-1">body <a class="header-anchor" href="#body" aria-label="Permalink to &quot;body&quot;">​</a></h3><blockquote><p><strong>body</strong>: <code>Record</code>&lt;<code>string</code>, <code>unknown</code>&gt;</p></blockquote><p>Defined in: adapters/src/testing/openai-test-server.ts:13</p><p>The parsed JSON body (<code>model</code>, <code>messages</code>, <code>tools</code>, <code>stream</code>...).</p><hr><h3 id="closed" tabindex="-1">closed <a class="header-anchor" href="#closed" aria-label="Permalink to &quot;closed&quot;">​</a></h3><blockquote><p><strong>closed</strong>: <code>boolean</code></p></blockquote><p>Defined in: adapters/src/testing/openai-test-server.ts:15</p><p>True once the connection of this request closed (the answer ended, or the client hung up).</p><hr><h3 id="headers" tabindex="-1">headers <a class="header-anchor" href="#headers" aria-label="Permalink to &quot;headers&quot;">​</a></h3><blockquote><p><strong>headers</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code> | <code>string</code>[] | <code>undefined</code>&gt;</p></blockquote><p>Defined in: adapters/src/testing/openai-test-server.ts:11</p><hr><h3 id="method" tabindex="-1">method <a class="header-anchor" href="#method" aria-label="Permalink to &quot;method&quot;">​</a></h3><blockquote><p><strong>method</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/testing/openai-test-server.ts:9</p><hr><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><blockquote><p><strong>path</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/testing/openai-test-server.ts:10</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/testing/interfaces/RecordedRequest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RecordedRequest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RecordedRequest as default
};
