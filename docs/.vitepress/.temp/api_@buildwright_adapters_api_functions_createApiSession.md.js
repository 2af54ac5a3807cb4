import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createApiSession()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/functions/createApiSession.md","filePath":"api/@buildwright/adapters/api/functions/createApiSession.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/functions/createApiSession.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / createApiSession</p><h1 id="function-createapisession" tabindex="-1">Function: createApiSession() <a class="header-anchor" href="#function-createapisession" aria-label="Permalink to &quot;Function: createApiSession()&quot;">​</a></h1><blockquote><p><strong>createApiSession</strong>(): <a href="./../interfaces/ApiSession"><code>ApiSession</code></a></p></blockquote><p>Defined in: adapters/src/api/api-session.ts:27</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ApiSession"><code>ApiSession</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/functions/createApiSession.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createApiSession = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createApiSession as default
};
