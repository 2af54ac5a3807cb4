import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InstallCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/checks/interfaces/InstallCheckOptions.md","filePath":"api/@buildwright/adapters/checks/interfaces/InstallCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/checks/interfaces/InstallCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/checks</a> / InstallCheckOptions</p><h1 id="interface-installcheckoptions" tabindex="-1">Interface: InstallCheckOptions <a class="header-anchor" href="#interface-installcheckoptions" aria-label="Permalink to &quot;Interface: InstallCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/checks/install-check.ts:11</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cachedirectory" tabindex="-1">cacheDirectory? <a class="header-anchor" href="#cachedirectory" aria-label="Permalink to &quot;cacheDirectory?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cacheDirectory?</strong>: <code>string</code> | <code>false</code></p></blockquote><p>Defined in: adapters/src/checks/install-check.ts:13</p><p>Shared node_modules cache directory, or false to always install. Default <code>~/.cache/buildwright/deps</code>.</p><hr><h3 id="ignorescripts" tabindex="-1">ignoreScripts? <a class="header-anchor" href="#ignorescripts" aria-label="Permalink to &quot;ignoreScripts?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>ignoreScripts?</strong>: <code>boolean</code></p></blockquote><p>Defined in: adapters/src/checks/install-check.ts:17</p><p>Pass <code>--ignore-scripts</code> to npm (no install scripts from packages). Default true.</p><hr><h3 id="timeoutms" tabindex="-1">timeoutMs? <a class="header-anchor" href="#timeoutms" aria-label="Permalink to &quot;timeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>timeoutMs?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/checks/install-check.ts:15</p><p>Timeout of the install command. Default 5 minutes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/checks/interfaces/InstallCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InstallCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InstallCheckOptions as default
};
