import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: StartCheckOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/api/interfaces/StartCheckOptions.md","filePath":"api/@buildwright/adapters/api/interfaces/StartCheckOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/api/interfaces/StartCheckOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/api</a> / StartCheckOptions</p><h1 id="interface-startcheckoptions" tabindex="-1">Interface: StartCheckOptions <a class="header-anchor" href="#interface-startcheckoptions" aria-label="Permalink to &quot;Interface: StartCheckOptions&quot;">​</a></h1><p>Defined in: adapters/src/api/start-check.ts:6</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="command" tabindex="-1">command? <a class="header-anchor" href="#command" aria-label="Permalink to &quot;command?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>command?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/api/start-check.ts:8</p><p>Command that starts the server; it must listen on <code>$PORT</code> at <code>$HOST</code> (127.0.0.1). Default <code>node --import tsx src/server.ts</code> (the hono-api template&#39;s entry).</p><hr><h3 id="healthpath" tabindex="-1">healthPath? <a class="header-anchor" href="#healthpath" aria-label="Permalink to &quot;healthPath?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>healthPath?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/api/start-check.ts:10</p><p>Route that answers 200 once the server is up. Default <code>/health</code>.</p><hr><h3 id="session" tabindex="-1">session? <a class="header-anchor" href="#session" aria-label="Permalink to &quot;session?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>session?</strong>: <a href="./ApiSession"><code>ApiSession</code></a></p></blockquote><p>Defined in: adapters/src/api/start-check.ts:14</p><p>State shared with the contract check (<code>apiChecks()</code> passes one).</p><hr><h3 id="timeoutms" tabindex="-1">timeoutMs? <a class="header-anchor" href="#timeoutms" aria-label="Permalink to &quot;timeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>timeoutMs?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/api/start-check.ts:12</p><p>How long the server has to listen and answer the health route. Default 20 s.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/api/interfaces/StartCheckOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StartCheckOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StartCheckOptions as default
};
