import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ParsedSpec","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/interfaces/ParsedSpec.md","filePath":"api/@buildwright/adapters/api/interfaces/ParsedSpec.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/interfaces/ParsedSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / ParsedSpec</p><h1 id="interface-parsedspec" tabindex="-1">Interface: ParsedSpec <a class="header-anchor" href="#interface-parsedspec" aria-label="Permalink to &quot;Interface: ParsedSpec&quot;">​</a></h1><p>Defined in: adapters/src/api/openapi-document.ts:64</p><p>The project&#39;s OpenAPI document, parsed, with the line of any place in it.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="document" tabindex="-1">document <a class="header-anchor" href="#document" aria-label="Permalink to &quot;document&quot;">​</a></h3><blockquote><p><strong>document</strong>: <a href="./OpenApiDocument"><code>OpenApiDocument</code></a></p></blockquote><p>Defined in: adapters/src/api/openapi-document.ts:66</p><hr><h3 id="path" tabindex="-1">path <a class="header-anchor" href="#path" aria-label="Permalink to &quot;path&quot;">​</a></h3><blockquote><p><strong>path</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/api/openapi-document.ts:65</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="lineof" tabindex="-1">lineOf() <a class="header-anchor" href="#lineof" aria-label="Permalink to &quot;lineOf()&quot;">​</a></h3><blockquote><p><strong>lineOf</strong>(<code>path</code>): <code>number</code> | <code>undefined</code></p></blockquote><p>Defined in: adapters/src/api/openapi-document.ts:68</p><p>1-based line of the node at a path of keys (<code>[&#39;paths&#39;, &#39;/todos&#39;, &#39;post&#39;]</code>), when there is one.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="path-1" tabindex="-1">path <a class="header-anchor" href="#path-1" aria-label="Permalink to &quot;path&quot;">​</a></h5><p>readonly (<code>string</code> | <code>number</code>)[]</p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>number</code> | <code>undefined</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/interfaces/ParsedSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ParsedSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ParsedSpec as default
};
