import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: defaultLintRules","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/viem/variables/defaultLintRules.md","filePath":"api/@buildwright/adapters/viem/variables/defaultLintRules.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/viem/variables/defaultLintRules.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/viem</a> / defaultLintRules</p><h1 id="variable-defaultlintrules" tabindex="-1">Variable: defaultLintRules <a class="header-anchor" href="#variable-defaultlintrules" aria-label="Permalink to &quot;Variable: defaultLintRules&quot;">​</a></h1><blockquote><p><code>const</code> <strong>defaultLintRules</strong>: <code>Record</code>&lt;<code>string</code>, <a href="./../type-aliases/LintRuleSetting"><code>LintRuleSetting</code></a>&gt;</p></blockquote><p>Defined in: adapters/src/viem/lint-rules.ts:9</p><p>Rules layered over <code>solhint:recommended</code>. Security findings that are almost always real bugs block (error); style stays a warning so it never holds up a deploy; rules that only add noise for generated code are off.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/viem/variables/defaultLintRules.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultLintRules = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultLintRules as default
};
