import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HttpErrorBody","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/core/http/interfaces/HttpErrorBody.md","filePath":"api/@buildwright/core/http/interfaces/HttpErrorBody.md"}');
const _sfc_main = { name: "api/@buildwright/core/http/interfaces/HttpErrorBody.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/core/http</a> / HttpErrorBody</p><h1 id="interface-httperrorbody" tabindex="-1">Interface: HttpErrorBody <a class="header-anchor" href="#interface-httperrorbody" aria-label="Permalink to &quot;Interface: HttpErrorBody&quot;">​</a></h1><p>Defined in: core/src/http/errors.ts:4</p><p>The body of every error response: <code>{ error: { code, message, docsUrl } }</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="error" tabindex="-1">error <a class="header-anchor" href="#error" aria-label="Permalink to &quot;error&quot;">​</a></h3><blockquote><p><strong>error</strong>: <code>object</code></p></blockquote><p>Defined in: core/src/http/errors.ts:5</p><h4 id="code" tabindex="-1">code <a class="header-anchor" href="#code" aria-label="Permalink to &quot;code&quot;">​</a></h4><blockquote><p><strong>code</strong>: <a href="./../../../client/type-aliases/BuildwrightErrorCode"><code>BuildwrightErrorCode</code></a></p></blockquote><h4 id="docsurl" tabindex="-1">docsUrl <a class="header-anchor" href="#docsurl" aria-label="Permalink to &quot;docsUrl&quot;">​</a></h4><blockquote><p><strong>docsUrl</strong>: <code>string</code></p></blockquote><p>Absolute address of the docs that explain the error.</p><h4 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h4><blockquote><p><strong>message</strong>: <code>string</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/core/http/interfaces/HttpErrorBody.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HttpErrorBody = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HttpErrorBody as default
};
