import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RedisEventBusOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@buildwright/adapters/redis/interfaces/RedisEventBusOptions.md","filePath":"api/@buildwright/adapters/redis/interfaces/RedisEventBusOptions.md"}');
const _sfc_main = { name: "api/@buildwright/adapters/redis/interfaces/RedisEventBusOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../">@buildwright/adapters/redis</a> / RedisEventBusOptions</p><h1 id="interface-rediseventbusoptions" tabindex="-1">Interface: RedisEventBusOptions <a class="header-anchor" href="#interface-rediseventbusoptions" aria-label="Permalink to &quot;Interface: RedisEventBusOptions&quot;">​</a></h1><p>Defined in: adapters/src/redis/redis-event-bus.ts:8</p><p>Options of <a href="./../functions/redisEventBus">redisEventBus</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="prefix" tabindex="-1">prefix? <a class="header-anchor" href="#prefix" aria-label="Permalink to &quot;prefix?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>prefix?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/redis/redis-event-bus.ts:17</p><p>Start of every channel name (<code>&lt;prefix&gt;:run:&lt;runId&gt;:events</code>, <code>…:cancel</code>), to share one Redis between apps or tests. Default <code>buildwright</code>.</p><hr><h3 id="redis" tabindex="-1">redis? <a class="header-anchor" href="#redis" aria-label="Permalink to &quot;redis?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>redis?</strong>: <code>Redis</code></p></blockquote><p>Defined in: adapters/src/redis/redis-event-bus.ts:15</p><p>An ioredis connection you own, instead of <code>url</code>: the bus publishes on it and subscribes on a <code>duplicate()</code> of it (a subscribed Redis connection can do nothing else); <code>close()</code> leaves yours open.</p><hr><h3 id="timeoutms" tabindex="-1">timeoutMs? <a class="header-anchor" href="#timeoutms" aria-label="Permalink to &quot;timeoutMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>timeoutMs?</strong>: <code>number</code></p></blockquote><p>Defined in: adapters/src/redis/redis-event-bus.ts:19</p><p>How long (ms) a publish or subscribe waits for Redis before it fails with <code>EVENT_BUS_UNAVAILABLE</code>. Default 5 000.</p><hr><h3 id="url" tabindex="-1">url? <a class="header-anchor" href="#url" aria-label="Permalink to &quot;url?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>url?</strong>: <code>string</code></p></blockquote><p>Defined in: adapters/src/redis/redis-event-bus.ts:10</p><p><code>redis://[user:password@]host:6379[/db]</code>; defaults to the REDIS_URL environment variable, then <code>redis://127.0.0.1:6379</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/@buildwright/adapters/redis/interfaces/RedisEventBusOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RedisEventBusOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RedisEventBusOptions as default
};
