import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunChecksProps","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/react/interfaces/RunChecksProps.md","filePath":"api/@buildwright/react/interfaces/RunChecksProps.md"}');
const _sfc_main = { name: "api/@buildwright/react/interfaces/RunChecksProps.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@buildwright/react</a> / RunChecksProps</p><h1 id="interface-runchecksprops" tabindex="-1">Interface: RunChecksProps <a class="header-anchor" href="#interface-runchecksprops" aria-label="Permalink to &quot;Interface: RunChecksProps&quot;">​</a></h1><p>Defined in: react/src/components/run-checks.tsx:8</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="checks" tabindex="-1">checks? <a class="header-anchor" href="#checks" aria-label="Permalink to &quot;checks?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>checks?</strong>: readonly <a href="./../../client/interfaces/CheckView"><code>CheckView</code></a>[]</p></blockquote><p>Defined in: react/src/components/run-checks.tsx:10</p><p>Checks to show; the current run&#39;s when omitted (inside a provider).</p><hr><h3 id="classname" tabindex="-1">className? <a class="header-anchor" href="#classname" aria-label="Permalink to &quot;className?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>className?</strong>: <code>string</code></p></blockquote><p>Defined in: react/src/components/run-checks.tsx:14</p><hr><h3 id="fixattempts" tabindex="-1">fixAttempts? <a class="header-anchor" href="#fixattempts" aria-label="Permalink to &quot;fixAttempts?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>fixAttempts?</strong>: readonly <a href="./../../client/interfaces/FixAttemptView"><code>FixAttemptView</code></a>[]</p></blockquote><p>Defined in: react/src/components/run-checks.tsx:12</p><p>Fix attempts to show; the current run&#39;s when omitted.</p><hr><h3 id="unstyled" tabindex="-1">unstyled? <a class="header-anchor" href="#unstyled" aria-label="Permalink to &quot;unstyled?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>unstyled?</strong>: <code>boolean</code></p></blockquote><p>Defined in: react/src/components/run-checks.tsx:13</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/react/interfaces/RunChecksProps.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunChecksProps = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunChecksProps as default
};
