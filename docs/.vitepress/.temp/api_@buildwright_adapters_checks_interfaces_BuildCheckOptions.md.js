import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BuildCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/checks/interfaces/BuildCheckOptions.md","filePath":"api/@buildwright/adapters/checks/interfaces/BuildCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/checks/interfaces/BuildCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/checks</a> / BuildCheckOptions</p><h1 id="interface-buildcheckoptions" tabindex="-1">Interface: BuildCheckOptions <a class="header-anchor" href="#interface-buildcheckoptions" aria-label="Permalink to &quot;Interface: BuildCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/checks/build-check.ts:6</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="command" tabindex="-1">command? <a class="header-anchor" href="#command" aria-label="Permalink to &quot;command?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>command?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/checks/build-check.ts:8</p><p>Build command. Default <code>node_modules/.bin/vite build --logLevel warn --sourcemap hidden</code>.</p><hr><h3 id="outputdirectory" tabindex="-1">outputDirectory? <a class="header-anchor" href="#outputdirectory" aria-label="Permalink to &quot;outputDirectory?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>outputDirectory?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/checks/build-check.ts:12</p><p>Where the build must write <code>index.html</code>: the directory the browser check serves. Default <code>dist</code>.</p><hr><h3 id="timeoutms" tabindex="-1">timeoutMs? <a class="header-anchor" href="#timeoutms" aria-label="Permalink to &quot;timeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>timeoutMs?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/checks/build-check.ts:10</p><p>Timeout. Default 180 s.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/checks/interfaces/BuildCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BuildCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BuildCheckOptions as default
};
