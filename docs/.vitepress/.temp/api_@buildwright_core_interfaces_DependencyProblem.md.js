import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DependencyProblem","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/DependencyProblem.md","filePath":"api/@buildwright/core/interfaces/DependencyProblem.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/DependencyProblem.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / DependencyProblem</p><h1 id="interface-dependencyproblem" tabindex="-1">Interface: DependencyProblem <a class="header-anchor" href="#interface-dependencyproblem" aria-label="Permalink to &quot;Interface: DependencyProblem&quot;">​</a></h1><p>Defined in: core/src/protocol/dependency-specs.ts:4</p><p>One dependency entry of a package.json that would not install from the npm registry.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="field" tabindex="-1">field <a class="header-anchor" href="#field" aria-label="Permalink to &quot;field&quot;">​</a></h3><blockquote><p><strong>field</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/protocol/dependency-specs.ts:6</p><p>Where the entry is: <code>dependencies</code>, <code>devDependencies</code>, <code>overrides</code>, <code>pnpm.overrides</code>, <code>bundleDependencies</code>...</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><blockquote><p><strong>name</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/protocol/dependency-specs.ts:8</p><p>The package name; for overrides and resolutions the keys leading to the entry (<code>react &gt; scheduler</code>); for a refused field, the field.</p><hr><h3 id="reason" tabindex="-1">reason <a class="header-anchor" href="#reason" aria-label="Permalink to &quot;reason&quot;">​</a></h3><blockquote><p><strong>reason</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/protocol/dependency-specs.ts:12</p><p>Why it is refused, e.g. <code>is a git repository, not the npm registry</code>.</p><hr><h3 id="spec" tabindex="-1">spec <a class="header-anchor" href="#spec" aria-label="Permalink to &quot;spec&quot;">​</a></h3><blockquote><p><strong>spec</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/protocol/dependency-specs.ts:10</p><p>The spec as written; JSON for a value that is not a string.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/DependencyProblem.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DependencyProblem = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DependencyProblem as default
};
