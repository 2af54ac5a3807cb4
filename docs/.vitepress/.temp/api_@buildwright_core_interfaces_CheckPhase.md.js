import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CheckPhase","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/interfaces/CheckPhase.md","filePath":"api/@buildwright/core/interfaces/CheckPhase.md"}');
const _sfc_main = { name: "api/@buildwright/core/interfaces/CheckPhase.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/core</a> / CheckPhase</p><h1 id="interface-checkphase" tabindex="-1">Interface: CheckPhase <a class="header-anchor" href="#interface-checkphase" aria-label="Permalink to &quot;Interface: CheckPhase&quot;">​</a></h1><p>Defined in: core/src/spec/check.ts:28</p><p>Where a check runs when not after build: <code>spec</code>, the node of an api run that writes the API&#39;s description before anything implements it (plan → spec → build → checks).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="node" tabindex="-1">node <a class="header-anchor" href="#node" aria-label="Permalink to &quot;node&quot;">​</a></h3><blockquote><p><strong>node</strong>: <code>&quot;spec&quot;</code></p></blockquote><p>Defined in: core/src/spec/check.ts:30</p><p>The node: <code>spec</code>.</p><hr><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><blockquote><p><strong>path</strong>: <code>string</code></p></blockquote><p>Defined in: core/src/spec/check.ts:32</p><p>The file the node lets the model write and the check judges, project-relative (<code>openapi.yaml</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/interfaces/CheckPhase.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CheckPhase = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CheckPhase as default
};
