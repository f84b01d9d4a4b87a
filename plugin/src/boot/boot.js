// SPDX-License-Identifier: AGPL-3.0-or-later
// Boot script, loaded on every PVE page after pvemanagerlib.js. It stays a plain non-strict
// script on purpose: Ext's callParent walks Function.caller, which strict code forbids.
// It adds a GPU tab to container, node and Datacenter panels and loads the panel code (a lazy ES module
// beside this file) only when such a tab first opens, together with the catalogue of the UI
// language (one more small chunk, fetched in parallel). Nothing here may ever throw into PVE.
import { catalogueFile, hasCatalogue, pveLanguage } from '../i18n/languages.ts';

(function () {
  const VERSION = typeof __PVE_GPU_TAB_VERSION__ === 'string' ? __PVE_GPU_TAB_VERSION__ : 'dev';
  const CT_ITEM_ID = 'pvegpu-ct';
  const NODE_ITEM_ID = 'pvegpu-node';
  const DC_ITEM_ID = 'pvegpu-dc';

  // Where this script came from: the panel chunk sits beside it, with the same ?ver=.
  const scriptSrc = document.currentScript?.src || '';
  const besideMe = (function () {
    const m = /^(.*\/)[^/?#]*(\?[^#]*)?/.exec(scriptSrc);
    const dir = m ? m[1] : '/pve2/js/';
    const query = m?.[2] ? m[2] : '?ver=' + encodeURIComponent(VERSION);
    return function (file) {
      return dir + file + query;
    };
  })();
  const chunkUrl = besideMe('pve-gpu-tab-panel.js');

  // The UI language as PVE chose it for this page (src/i18n/languages.ts).
  let lang = 'en';
  try {
    lang = pveLanguage({ defaultLang: window.Proxmox?.defaultLang, cookie: document.cookie });
  } catch (_e) {}
  // The boot script's own few strings per language, taken from the catalogues at build time.
  const BOOT_STRINGS = typeof __PVE_GPU_TAB_BOOT_STRINGS__ === 'object' ? __PVE_GPU_TAB_BOOT_STRINGS__ : {};

  /** A boot string: PVE's gettext when PVE has the English text, else our catalogue, else English. */
  function tr(id, params) {
    const english = BOOT_STRINGS.en?.[id] || id;
    let text = BOOT_STRINGS[lang]?.[id] || english;
    try {
      const pve =
        english.indexOf('{') < 0 && typeof window.gettext === 'function' ? window.gettext(english) : english;
      if (pve && pve !== english) text = pve;
    } catch (_e) {}
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return params && name in params ? String(params[name]) : all;
    });
  }

  function log(err) {
    try {
      console.warn('pve-gpu-tab:', err);
    } catch (_e) {}
  }

  /** Shim base URL: index snippet config, else the UI host name on the default port. */
  function shimBaseUrl() {
    const cfg = window.PveGpuTabConfig || {};
    if (typeof cfg.baseUrl === 'string' && cfg.baseUrl) return cfg.baseUrl.replace(/\/+$/, '');
    const port = Number(cfg.port) > 0 ? Number(cfg.port) : 8247;
    const host = location.hostname.indexOf(':') >= 0 ? '[' + location.hostname + ']' : location.hostname;
    return 'https://' + host + ':' + port;
  }

  /** The user's PVE ticket: PVE keeps it in a script-readable cookie. */
  function ticket() {
    try {
      if (window.Ext && Ext.util?.Cookies) return Ext.util.Cookies.get('PVEAuthCookie') || '';
    } catch (_e) {}
    const m = /(?:^|;\s*)PVEAuthCookie=([^;]*)/.exec(document.cookie);
    return m ? decodeURIComponent(m[1]) : '';
  }

  /** The catalogue chunk of the UI language; null (English and PVE's gettext) when there is none. */
  function loadCatalogue() {
    if (!hasCatalogue(lang)) return Promise.resolve(null);
    return import(besideMe(catalogueFile(lang))).then(
      function (mod) {
        return mod?.default || null;
      },
      function (err) {
        log(err);
        return null;
      },
    );
  }

  // PVE's chart time frame: the state key of proxmox-widget-toolkit's RRDTypeSelector and
  // RRDStore, kept by PVE's state provider (localStorage). The panel reads and writes it here,
  // so the GPU charts and PVE's own Summary charts share one choice.
  const RRD_STATE_ID = 'proxmoxRRDTypeSelection';
  const timeframeStore = {
    get: function () {
      try {
        return Ext.state.Manager.get(RRD_STATE_ID);
      } catch (_e) {
        return undefined;
      }
    },
    set: function (choice) {
      try {
        Ext.state.Manager.set(RRD_STATE_ID, {
          id: choice.timeframe + (choice.cf === 'MAX' ? 'max' : ''),
          timeframe: choice.timeframe,
          cf: choice.cf,
        });
      } catch (err) {
        log(err);
      }
    },
    watch: function (cb) {
      let provider;
      const onChange = function (_p, key, state) {
        if (key === RRD_STATE_ID && state && state.timeframe) cb(state);
      };
      try {
        provider = Ext.state.Manager.getProvider();
        provider.on('statechange', onChange);
      } catch (err) {
        log(err);
      }
      return function () {
        try {
          if (provider) provider.un('statechange', onChange);
        } catch (_e) {}
      };
    },
  };

  let panelModule = null;
  function loadPanel() {
    if (!panelModule) {
      panelModule = Promise.all([import(chunkUrl), loadCatalogue()])
        .then(function (loaded) {
          loaded[0].useLanguage(lang, loaded[1]);
          return loaded[0];
        })
        .catch(function (err) {
          panelModule = null; // a later visit may retry (e.g. after a network blip)
          throw err;
        });
    }
    return panelModule;
  }

  function hasCap(kind, priv) {
    try {
      const caps = Ext.state.Manager.get('GuiCap');
      // Without GuiCap (never seen in PVE) show the tab; the shim enforces permissions anyway.
      if (!caps?.[kind]) return true;
      return !!caps[kind][priv];
    } catch (_e) {
      return true;
    }
  }

  function classOf(name) {
    try {
      return Ext.ClassManager.get(name);
    } catch (_e) {
      return undefined;
    }
  }

  function insertItem(items, item, afterId, beforeId) {
    for (let i = 0; i < items.length; i++) if (items[i] && items[i].itemId === item.itemId) return;
    for (let j = 0; j < items.length; j++) {
      if (items[j] && afterId && items[j].itemId === afterId) {
        items.splice(j + 1, 0, item);
        return;
      }
      if (items[j] && beforeId && items[j].itemId === beforeId) {
        items.splice(j, 0, item);
        return;
      }
    }
    items.push(item);
  }

  /** Called by the override before PVE's own initComponent consumes `items`. */
  function addTabs(panel) {
    if (!panel || !Array.isArray(panel.items)) return;
    const data = panel.pveSelNode?.data || {};
    const Lxc = classOf('PVE.lxc.Config');
    const NodeCfg = classOf('PVE.node.Config');
    const DcCfg = classOf('PVE.dc.Config');
    if (Lxc && panel instanceof Lxc) {
      if (data.template) return;
      if (!hasCap('vms', 'VM.Audit')) return;
      // A fresh object (and fresh arrays) every time: PVE keeps and mutates item configs.
      insertItem(
        panel.items,
        {
          xtype: 'pveGpuTabContainer',
          itemId: CT_ITEM_ID,
          title: tr('tab.title'),
          iconCls: 'fa fa-microchip',
          nodename: data.node,
          vmid: data.vmid,
        },
        'resources',
      );
    } else if (NodeCfg && panel instanceof NodeCfg) {
      if (!hasCap('nodes', 'Sys.Audit')) return;
      insertItem(
        panel.items,
        {
          xtype: 'pveGpuTabNode',
          itemId: NODE_ITEM_ID,
          title: tr('tab.title'),
          iconCls: 'fa fa-microchip',
          nodename: data.node || panel.nodename,
        },
        null,
        'tasks',
      );
    } else if (DcCfg && panel instanceof DcCfg) {
      // Datacenter → GPU: every node's GPUs; each node's service filters what the user may see.
      if (!hasCap('nodes', 'Sys.Audit')) return;
      insertItem(
        panel.items,
        { xtype: 'pveGpuTabCluster', itemId: DC_ITEM_ID, title: tr('tab.title'), iconCls: 'fa fa-microchip' },
        null,
        'options',
      );
    }
  }

  /** The cluster's nodes as PVE's resource store lists them ('node/<name>' records). */
  function clusterNodes() {
    const out = [];
    try {
      const store = window.PVE?.data?.ResourceStore;
      if (store?.each) {
        store.each(function (rec) {
          const d = rec?.data;
          if (d && d.type === 'node' && typeof d.node === 'string')
            out.push({ node: d.node, status: d.status });
        });
      }
    } catch (err) {
      log(err);
    }
    return out;
  }

  window.PveGpuTab = window.PveGpuTab || {};
  const api = window.PveGpuTab;
  api.version = VERSION;
  api.addTabs = addTabs;
  api.loadPanel = loadPanel;
  api.shimBaseUrl = shimBaseUrl;
  api.ticket = ticket;
  api.chunkUrl = chunkUrl;
  api.language = lang;

  if (!window.Ext || !Ext.define || !classOf('PVE.panel.Config')) {
    // Not the desktop UI (or a future one): degrade to "no tab", never to an error.
    log('PVE.panel.Config not found; GPU tab disabled');
    return;
  }

  function statusOf(store) {
    try {
      const rec = store?.data?.get?.('status');
      return rec?.data ? rec.data.value : undefined;
    } catch (_e) {
      return undefined;
    }
  }

  function showError(card, err) {
    if (!card.body || card.isDestroyed || card.destroyed) return;
    const div = document.createElement('div');
    div.className = 'pvegpu-load-error';
    div.setAttribute('data-state', 'load-error');
    div.style.padding = '16px';
    div.textContent = tr('boot.loadError', { error: String(err?.message || err) });
    (card.body.dom.querySelector('.pvegpu-mount') || card.body.dom).appendChild(div);
  }

  // The card: a plain Ext panel that hosts the Lit element of the lazy chunk.
  function defineCard(className, alias, mountName) {
    Ext.define(className, {
      extend: 'Ext.panel.Panel',
      alias: 'widget.' + alias,
      border: false,
      scrollable: true,
      cls: 'pvegpu-card',
      // Ext lays out its own wrappers in the body; the Lit element goes into this div. Ext's auto
      // layout wrapper is a table that grows to its content's widest unbreakable line (a long
      // config line): size containment keeps the panel as wide as the card, never wider.
      html: '<div class="pvegpu-mount" style="contain: inline-size"></div>',
      bodyStyle: 'background: var(--pwt-panel-background, #fff)',

      afterRender: function () {
        // biome-ignore lint/complexity/noArguments: Ext's callParent takes the caller's arguments object
        this.callParent(arguments);
        const me = this;
        try {
          const data = me.pveSelNode?.data || {};
          const opts = {
            node: me.nodename || data.node,
            vmid:
              me.vmid !== undefined
                ? String(me.vmid)
                : data.vmid !== undefined
                  ? String(data.vmid)
                  : undefined,
            name: data.name,
            status: statusOf(me.statusStore) || data.status,
            baseUrl: shimBaseUrl(),
            ticket: ticket,
            timeframeStore: timeframeStore,
            containerName: function (vmid) {
              const store = window.PVE?.data?.ResourceStore;
              const rec = store?.getById ? store.getById('lxc/' + vmid) : undefined;
              return rec?.data ? rec.data.name : undefined;
            },
            openContainer: function (vmid) {
              try {
                Ext.state.Manager.set('lxctab', { value: CT_ITEM_ID });
                if (me.workspace?.selectById) me.workspace.selectById('lxc/' + vmid);
              } catch (e) {
                log(e);
              }
            },
            clusterNodes: clusterNodes,
          };
          if (me.statusStore && me.mon) {
            me.mon(me.statusStore, 'load', function (store) {
              const s = statusOf(store);
              if (s && me.pvegpuHandle) me.pvegpuHandle.update({ status: s });
            });
          }
          loadPanel().then(
            function (mod) {
              if (me.destroyed || me.isDestroyed || !me.body) return;
              try {
                const target = me.body.dom.querySelector('.pvegpu-mount') || me.body.dom;
                me.pvegpuHandle = mod[mountName](target, opts);
              } catch (err) {
                log(err);
                showError(me, err);
              }
            },
            function (err) {
              log(err);
              showError(me, err);
            },
          );
        } catch (err) {
          log(err);
        }
      },

      onDestroy: function () {
        try {
          if (this.pvegpuHandle) this.pvegpuHandle.destroy();
        } catch (err) {
          log(err);
        }
        this.pvegpuHandle = null;
        // biome-ignore lint/complexity/noArguments: Ext's callParent takes the caller's arguments object
        this.callParent(arguments);
      },
    });
  }

  try {
    defineCard('PveGpuTab.panel.Container', 'pveGpuTabContainer', 'mountContainer');
    defineCard('PveGpuTab.panel.Node', 'pveGpuTabNode', 'mountNode');
    defineCard('PveGpuTab.panel.Cluster', 'pveGpuTabCluster', 'mountCluster');
    Ext.define('PveGpuTab.override.ConfigPanel', {
      override: 'PVE.panel.Config',
      initComponent: function () {
        try {
          // Looked up at call time so that a test (or a hot fix) can replace it.
          window.PveGpuTab.addTabs(this);
        } catch (err) {
          log(err);
        }
        // biome-ignore lint/complexity/noArguments: Ext's callParent takes the caller's arguments object
        this.callParent(arguments);
      },
    });
    api.installed = true;
  } catch (err) {
    log(err);
  }
})();
