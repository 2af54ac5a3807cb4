import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DeployButtonState","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/type-aliases/DeployButtonState.md","filePath":"api/@buildwright/react/type-aliases/DeployButtonState.md"}');
const _sfc_main = { name: "api/@buildwright/react/type-aliases/DeployButtonState.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / DeployButtonState</p><h1 id="type-alias-deploybuttonstate" tabindex="-1">Type Alias: DeployButtonState <a class="header-anchor" href="#type-alias-deploybuttonstate" aria-label="Permalink to &quot;Type Alias: DeployButtonState&quot;">​</a></h1><blockquote><p><strong>DeployButtonState</strong> = { <code>status</code>: <code>&quot;idle&quot;</code>; } | { <code>status</code>: <code>&quot;deploying&quot;</code>; } | { <code>deployment</code>: <a href="./../../client/interfaces/DeploymentRecord"><code>DeploymentRecord</code></a>; <code>status</code>: <code>&quot;ready&quot;</code>; } | { <code>error</code>: { <code>code</code>: <code>string</code>; <code>message</code>: <code>string</code>; }; <code>status</code>: <code>&quot;failed&quot;</code>; }</p></blockquote><p>Defined in: react/src/components/deploy-button.tsx:25</p><p>Where a <a href="./../functions/DeployButton">DeployButton</a> is: nothing asked yet, a deploy under way, its deployment, or why it failed.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/type-aliases/DeployButtonState.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DeployButtonState = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DeployButtonState as default
};
