import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ImportsCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/checks/interfaces/ImportsCheckOptions.md","filePath":"api/@buildwright/adapters/checks/interfaces/ImportsCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/checks/interfaces/ImportsCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/checks</a> / ImportsCheckOptions</p><h1 id="interface-importscheckoptions" tabindex="-1">Interface: ImportsCheckOptions <a class="header-anchor" href="#interface-importscheckoptions" aria-label="Permalink to &quot;Interface: ImportsCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/checks/imports-check.ts:7</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="addmissing" tabindex="-1">addMissing? <a class="header-anchor" href="#addmissing" aria-label="Permalink to &quot;addMissing?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>addMissing?</strong>: <code>boolean</code></p></blockquote><p>Defined in: adapters/src/checks/imports-check.ts:13</p><p>Bare imports missing from package.json are added to <code>dependencies</code> with <code>^&lt;latest&gt;</code> from the npm registry (looked up with <code>npm view</code> in the sandbox, with network). Default true; false reports them as issues instead.</p><hr><h3 id="browser" tabindex="-1">browser? <a class="header-anchor" href="#browser" aria-label="Permalink to &quot;browser?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>browser?</strong>: <code>boolean</code></p></blockquote><p>Defined in: adapters/src/checks/imports-check.ts:15</p><p>Whether Node built-ins are errors outside <code>*.config.*</code> files. Default: true except for <code>api</code> projects.</p><hr><h3 id="lookuptimeoutms" tabindex="-1">lookupTimeoutMs? <a class="header-anchor" href="#lookuptimeoutms" aria-label="Permalink to &quot;lookupTimeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lookupTimeoutMs?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/checks/imports-check.ts:17</p><p>Timeout of each registry look-up. Default 30 s.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/checks/interfaces/ImportsCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ImportsCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ImportsCheckOptions as default
};
