import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ExampleValidator","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/type-aliases/ExampleValidator.md","filePath":"api/@buildwright/adapters/api/type-aliases/ExampleValidator.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/type-aliases/ExampleValidator.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / ExampleValidator</p><h1 id="type-alias-examplevalidator" tabindex="-1">Type Alias: ExampleValidator <a class="header-anchor" href="#type-alias-examplevalidator" aria-label="Permalink to &quot;Type Alias: ExampleValidator&quot;">​</a></h1><blockquote><p><strong>ExampleValidator</strong> = (<code>schemaPointer</code>, <code>example</code>) =&gt; <code>string</code>[]</p></blockquote><p>Defined in: adapters/src/api/spec-lint.ts:6</p><p>Says what is wrong with an example against the schema at a JSON pointer of the document (empty when it matches).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="schemapointer" tabindex="-1">schemaPointer <a class="header-anchor" href="#schemapointer" aria-label="Permalink to &quot;schemaPointer&quot;">​</a></h3><p><code>string</code></p><h3 id="example" tabindex="-1">example <a class="header-anchor" href="#example" aria-label="Permalink to &quot;example&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/type-aliases/ExampleValidator.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExampleValidator = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExampleValidator as default
};
