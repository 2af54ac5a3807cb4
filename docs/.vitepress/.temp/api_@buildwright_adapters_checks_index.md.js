import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@buildwright/adapters/checks","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/checks/index.md","filePath":"api/@buildwright/adapters/checks/index.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/checks/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / @buildwright/adapters/checks</p><h1 id="buildwright-adapters-checks" tabindex="-1">@buildwright/adapters/checks <a class="header-anchor" href="#buildwright-adapters-checks" aria-label="Permalink to &quot;@buildwright/adapters/checks&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/BrowserCheckOptions">BrowserCheckOptions</a></li><li><a href="./interfaces/BuildCheckOptions">BuildCheckOptions</a></li><li><a href="./interfaces/DependencyCache">DependencyCache</a></li><li><a href="./interfaces/ImportsCheckOptions">ImportsCheckOptions</a></li><li><a href="./interfaces/InstallCheckOptions">InstallCheckOptions</a></li><li><a href="./interfaces/ValidateCheckOptions">ValidateCheckOptions</a></li><li><a href="./interfaces/WebChecksOptions">WebChecksOptions</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/DependencySet">DependencySet</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/browserCheck">browserCheck</a></li><li><a href="./functions/buildCheck">buildCheck</a></li><li><a href="./functions/defaultDependencyCacheDirectory">defaultDependencyCacheDirectory</a></li><li><a href="./functions/dependencyCache">dependencyCache</a></li><li><a href="./functions/importsCheck">importsCheck</a></li><li><a href="./functions/installCheck">installCheck</a></li><li><a href="./functions/validateCheck">validateCheck</a></li><li><a href="./functions/webChecks">webChecks</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/checks/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
