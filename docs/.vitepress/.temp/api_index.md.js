import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"API reference","description":"","frontmatter":{},"headers":[],"relativePath":"api/index.md","filePath":"api/index.md"}');
const _sfc_main = { name: "api/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="api-reference" tabindex="-1">API reference <a class="header-anchor" href="#api-reference" aria-label="Permalink to &quot;API reference&quot;">​</a></h1><h2 id="modules" tabindex="-1">Modules <a class="header-anchor" href="#modules" aria-label="Permalink to &quot;Modules&quot;">​</a></h2><ul><li><a href="./@buildwright/adapters/api/">@buildwright/adapters/api</a></li><li><a href="./@buildwright/adapters/bullmq/">@buildwright/adapters/bullmq</a></li><li><a href="./@buildwright/adapters/checks/">@buildwright/adapters/checks</a></li><li><a href="./@buildwright/adapters/dapp/">@buildwright/adapters/dapp</a></li><li><a href="./@buildwright/adapters/deploy/">@buildwright/adapters/deploy</a></li><li><a href="./@buildwright/adapters/e2b/">@buildwright/adapters/e2b</a></li><li><a href="./@buildwright/adapters/git/">@buildwright/adapters/git</a></li><li><a href="./@buildwright/adapters/github/">@buildwright/adapters/github</a></li><li><a href="./@buildwright/adapters/langchain/">@buildwright/adapters/langchain</a></li><li><a href="./@buildwright/adapters/local/">@buildwright/adapters/local</a></li><li><a href="./@buildwright/adapters/mcp/">@buildwright/adapters/mcp</a></li><li><a href="./@buildwright/adapters/memory/">@buildwright/adapters/memory</a></li><li><a href="./@buildwright/adapters/openai/">@buildwright/adapters/openai</a></li><li><a href="./@buildwright/adapters/pglite/">@buildwright/adapters/pglite</a></li><li><a href="./@buildwright/adapters/postgres/">@buildwright/adapters/postgres</a></li><li><a href="./@buildwright/adapters/redis/">@buildwright/adapters/redis</a></li><li><a href="./@buildwright/adapters/scripted/">@buildwright/adapters/scripted</a></li><li><a href="./@buildwright/adapters/sql/">@buildwright/adapters/sql</a></li><li><a href="./@buildwright/adapters/templates/">@buildwright/adapters/templates</a></li><li><a href="./@buildwright/adapters/testing/">@buildwright/adapters/testing</a></li><li><a href="./@buildwright/adapters/vercel/">@buildwright/adapters/vercel</a></li><li><a href="./@buildwright/adapters/viem/">@buildwright/adapters/viem</a></li><li><a href="./@buildwright/client/">@buildwright/client</a></li><li><a href="./@buildwright/core/">@buildwright/core</a></li><li><a href="./@buildwright/core/client/">@buildwright/core/client</a></li><li><a href="./@buildwright/core/doubles/">@buildwright/core/doubles</a></li><li><a href="./@buildwright/core/http/">@buildwright/core/http</a></li><li><a href="./@buildwright/core/mcp/">@buildwright/core/mcp</a></li><li><a href="./@buildwright/core/node-http/">@buildwright/core/node-http</a></li><li><a href="./@buildwright/core/testing/">@buildwright/core/testing</a></li><li><a href="./@buildwright/react/">@buildwright/react</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
