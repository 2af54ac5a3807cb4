import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PostgresEventBusOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/postgres/interfaces/PostgresEventBusOptions.md","filePath":"api/@buildwright/adapters/postgres/interfaces/PostgresEventBusOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/postgres/interfaces/PostgresEventBusOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/postgres</a> / PostgresEventBusOptions</p><h1 id="interface-postgreseventbusoptions" tabindex="-1">Interface: PostgresEventBusOptions <a class="header-anchor" href="#interface-postgreseventbusoptions" aria-label="Permalink to &quot;Interface: PostgresEventBusOptions&quot;">​</a></h1><p>Defined in: adapters/src/postgres/postgres-event-bus.ts:9</p><p>Options of <a href="./../functions/postgresEventBus">postgresEventBus</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="connectionstring" tabindex="-1">connectionString? <a class="header-anchor" href="#connectionstring" aria-label="Permalink to &quot;connectionString?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>connectionString?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/postgres/postgres-event-bus.ts:11</p><p><code>postgres://user:password@host:5432/database</code> (the storage&#39;s database); defaults to the DATABASE_URL environment variable.</p><hr><h3 id="prefix" tabindex="-1">prefix? <a class="header-anchor" href="#prefix" aria-label="Permalink to &quot;prefix?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>prefix?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/postgres/postgres-event-bus.ts:16</p><p>Start of every channel name, to share one database between apps or tests: lowercase letters, digits and <code>_</code>, at most 20 characters, starting with a letter. Default <code>buildwright</code>.</p><hr><h3 id="timeoutms" tabindex="-1">timeoutMs? <a class="header-anchor" href="#timeoutms" aria-label="Permalink to &quot;timeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>timeoutMs?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/postgres/postgres-event-bus.ts:18</p><p>How long (ms) connecting, a publish or a subscribe waits before it fails with <code>EVENT_BUS_UNAVAILABLE</code>. Default 5 000.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/postgres/interfaces/PostgresEventBusOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PostgresEventBusOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PostgresEventBusOptions as default
};
