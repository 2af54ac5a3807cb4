import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: E2bCommandHandle","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/e2b/interfaces/E2bCommandHandle.md","filePath":"api/@buildwright/adapters/e2b/interfaces/E2bCommandHandle.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/e2b/interfaces/E2bCommandHandle.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/e2b</a> / E2bCommandHandle</p><h1 id="interface-e2bcommandhandle" tabindex="-1">Interface: E2bCommandHandle <a class="header-anchor" href="#interface-e2bcommandhandle" aria-label="Permalink to &quot;Interface: E2bCommandHandle&quot;">​</a></h1><p>Defined in: adapters/src/e2b/e2b-api.ts:5</p><p>The part of the <code>e2b</code> package&#39;s <code>Sandbox</code> API this adapter uses, typed structurally so a test can inject a stand-in (<code>sandboxClass</code>) and the adapter loads <code>e2b</code> only when it is needed.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="pid" tabindex="-1">pid <a class="header-anchor" href="#pid" aria-label="Permalink to &quot;pid&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>pid</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/e2b/e2b-api.ts:6</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="kill" tabindex="-1">kill() <a class="header-anchor" href="#kill" aria-label="Permalink to &quot;kill()&quot;">​</a></h3><blockquote><p><strong>kill</strong>(): <code>Promise</code>&lt;<code>boolean</code>&gt;</p></blockquote><p>Defined in: adapters/src/e2b/e2b-api.ts:9</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>boolean</code>&gt;</p><hr><h3 id="wait" tabindex="-1">wait() <a class="header-anchor" href="#wait" aria-label="Permalink to &quot;wait()&quot;">​</a></h3><blockquote><p><strong>wait</strong>(): <code>Promise</code>&lt;{ <code>exitCode</code>: <code>number</code>; <code>stderr</code>: <code>string</code>; <code>stdout</code>: <code>string</code>; }&gt;</p></blockquote><p>Defined in: adapters/src/e2b/e2b-api.ts:8</p><p>Resolves on exit 0; rejects with a <code>CommandExitError</code> (which has <code>exitCode</code>, <code>stdout</code>, <code>stderr</code>) otherwise.</p><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;{ <code>exitCode</code>: <code>number</code>; <code>stderr</code>: <code>string</code>; <code>stdout</code>: <code>string</code>; }&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/e2b/interfaces/E2bCommandHandle.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const E2bCommandHandle = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  E2bCommandHandle as default
};
