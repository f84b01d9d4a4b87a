// SPDX-License-Identifier: AGPL-3.0-or-later
// A small stand-in for PVE's config panels, written from their documented behaviour
// (pve-manager www/manager6/panel/ConfigPanel.js,
// lxc/Config.js, node/Config.js, dc/Config.js), not from PVE code:
//  * PVE.panel.Config: `items` are plain configs that become nav entries; a card is created
//    from its saved config when selected and destroyed when left; every card gets
//    pveSelNode/workspace (+ the subclass's defaults such as statusStore); the selected tab is
//    kept in Ext.state.Manager under `hstateid` and restored; a duplicate itemId throws.
//  * PVE.lxc.Config / PVE.node.Config: build a fresh `items` array per instance, hide some
//    tabs for templates, then callParent.
//  * PVE.dc.Config (Datacenter): builds its items the same way (PVE's dc/Config.js: summary,
//    notes, cluster, ceph, options, storage, …).
//  * A workspace with a resource tree and selectById, GuiCap in Ext.state.Manager.
//    ?nodes=pve1,pve2 makes it a cluster: a Datacenter entry and one entry per node
//    (?offline=pve2 marks a node offline in the resource store, as PVE's tree does).
// Plain non-strict script on purpose: it uses Ext's callParent like PVE does.
(function () {
  const q = new URLSearchParams(location.search);
  let NODE = q.get('node') || 'pve';
  const CTS = (
    q.get('cts') || '101:jellyfin,102:ollama,103:frigate,105:ollama-rocm,9000:debian-12-tmpl:template'
  )
    .split(',')
    .filter(Boolean)
    .map(function (s) {
      const p = s.split(':');
      return { vmid: Number(p[0]), name: p[1] || 'ct' + p[0], template: p[2] === 'template' ? 1 : 0 };
    });
  const stopped = (q.get('stopped') || '').split(',').filter(Boolean);
  const clusterNodes = (q.get('nodes') || '').split(',').filter(Boolean);
  const offline = (q.get('offline') || '').split(',').filter(Boolean);

  // PVE's PVE.StateProvider extends Ext.state.LocalStorageProvider (pve-manager
  // www/manager6/StateProvider.js; the tab ids it keeps in the URL instead): choices such as the
  // chart time frame survive a page reload.
  Ext.state.Manager.setProvider(Ext.create('Ext.state.LocalStorageProvider'));
  // ?nocap=VM.Audit,Sys.Audit drops privileges from GuiCap (as for a restricted user).
  const nocap = (q.get('nocap') || '').split(',');
  const cap = function (name) {
    return nocap.indexOf(name) >= 0 ? 0 : 1;
  };
  Ext.state.Manager.set('GuiCap', {
    vms: { 'VM.Audit': cap('VM.Audit'), 'VM.Console': 1 },
    nodes: { 'Sys.Audit': cap('Sys.Audit') },
    dc: { 'Sys.Audit': 1 },
    storage: {},
    access: {},
    sdn: {},
  });

  function placeholder(title, text) {
    return { xtype: 'panel', title: title, bodyPadding: 16, html: text || title + ' (stand-in)' };
  }

  Ext.define('PVE.panel.Config', {
    extend: 'Ext.panel.Panel',
    alias: 'widget.pvePanelConfig',
    layout: 'card',
    border: false,

    initComponent: function () {
      const me = this;
      const saved = me.hstateid ? Ext.state.Manager.get(me.hstateid) : undefined;
      const activeTab = saved?.value ? saved.value : undefined;
      me.savedItems = {};
      me.navOrder = [];
      me.insertNodes(me.items || []);
      delete me.items;
      me.defaults = me.defaults || {};
      Ext.apply(me.defaults, { pveSelNode: me.pveSelNode, workspace: me.workspace, border: 0 });
      const store = Ext.create('Ext.data.Store', {
        fields: ['id', 'text', 'iconCls'],
        data: me.navOrder.map(function (id) {
          const c = me.savedItems[id];
          return { id: id, text: c.title, iconCls: c.iconCls || '' };
        }),
      });
      me.dockedItems = [
        {
          xtype: 'grid',
          itemId: 'menu',
          dock: 'left',
          width: 190,
          hideHeaders: true,
          cls: 'pveshell-nav',
          store: store,
          columns: [
            {
              dataIndex: 'text',
              flex: 1,
              renderer: function (v, _meta, rec) {
                return (
                  '<span class="pveshell-nav-icon ' + rec.get('iconCls') + '"></span>' + Ext.htmlEncode(v)
                );
              },
            },
          ],
          listeners: {
            select: function (_sm, rec) {
              me.activateCard(rec.get('id'));
            },
          },
        },
      ];
      if (me.title === undefined) me.title = me.pveSelNode ? me.pveSelNode.data.text : '';
      me.callParent();
      const first = me.navOrder[0];
      const target = activeTab && me.savedItems[activeTab] ? activeTab : first;
      const menu = me.down('#menu');
      const rec = menu.getStore().getById(target);
      if (rec) menu.getSelectionModel().select(rec);
    },

    insertNodes: function (items) {
      const me = this;
      items.forEach(function (item) {
        item.header = false;
        if (me.savedItems[item.itemId] !== undefined) throw 'itemId already exists';
        me.savedItems[item.itemId] = item;
        me.navOrder.push(item.itemId);
      });
    },

    activateCard: function (cardid) {
      if (!this.savedItems[cardid]) return;
      const curcard = this.getLayout().getActiveItem();
      const newcard = this.add(this.savedItems[cardid]);
      if (newcard) {
        this.getLayout().setActiveItem(newcard);
        if (curcard) this.remove(curcard, true);
        if (this.hstateid)
          Ext.state.Manager.set(this.hstateid, { value: cardid === this.navOrder[0] ? '' : cardid });
      }
    },
  });

  Ext.define('PveShell.KeyValue', { extend: 'Ext.data.Model', fields: ['key', 'value'], idProperty: 'key' });

  /** Stand-in for Proxmox.data.ObjectStore on status/current: key/value records, 'load' events. */
  function makeStatusStore(vmid) {
    const store = Ext.create('Ext.data.Store', { model: 'PveShell.KeyValue' });
    let timer = null;
    store.startUpdate = function () {
      const tick = function () {
        const status = PveShell.ctStatus(vmid);
        store.loadData([
          { key: 'status', value: status },
          { key: 'vmid', value: vmid },
        ]);
        store.fireEvent('load', store, store.getRange(), true);
      };
      tick();
      timer = setInterval(tick, 1000);
    };
    store.stopUpdate = function () {
      if (timer) clearInterval(timer);
      timer = null;
    };
    return store;
  }

  Ext.define('PVE.lxc.Config', {
    extend: 'PVE.panel.Config',
    alias: 'widget.pveLXCConfig',
    hstateid: 'lxctab',

    initComponent: function () {
      const me = this;
      const data = me.pveSelNode.data;
      me.statusStore = makeStatusStore(data.vmid);
      me.title = 'Container ' + data.vmid + ' (' + data.name + ") on node '" + data.node + "'";
      me.defaults = { statusStore: me.statusStore };
      me.items = [placeholder(gettext('Summary'), 'Summary of CT ' + data.vmid)];
      me.items[0].itemId = 'summary';
      me.items[0].iconCls = 'fa fa-book';
      if (!data.template)
        me.items.push(
          Ext.apply(placeholder(gettext('Console')), { itemId: 'console', iconCls: 'fa fa-terminal' }),
        );
      me.items.push(
        Ext.apply(placeholder(gettext('Resources')), { itemId: 'resources', iconCls: 'fa fa-cube' }),
        Ext.apply(placeholder(gettext('Network')), { itemId: 'network', iconCls: 'fa fa-exchange' }),
        Ext.apply(placeholder(gettext('DNS')), { itemId: 'dns', iconCls: 'fa fa-globe' }),
        Ext.apply(placeholder(gettext('Options')), { itemId: 'options', iconCls: 'fa fa-gear' }),
        Ext.apply(placeholder(gettext('Task History')), { itemId: 'tasks', iconCls: 'fa fa-list-alt' }),
        Ext.apply(placeholder(gettext('Backup')), { itemId: 'backup', iconCls: 'fa fa-floppy-o' }),
      );
      if (!data.template)
        me.items.push(
          Ext.apply(placeholder(gettext('Snapshots')), { itemId: 'snapshot', iconCls: 'fa fa-history' }),
        );
      me.items.push(
        Ext.apply(placeholder(gettext('Permissions')), { itemId: 'permissions', iconCls: 'fa fa-unlock' }),
      );
      me.callParent();
      me.on('afterrender', function () {
        me.statusStore.startUpdate();
      });
      me.on('destroy', function () {
        me.statusStore.stopUpdate();
      });
    },
  });

  Ext.define('PVE.node.Config', {
    extend: 'PVE.panel.Config',
    alias: 'widget.pveNodeConfig',
    hstateid: 'nodetab',

    initComponent: function () {
      const data = this.pveSelNode.data;
      this.nodename = data.node;
      this.title = "Node '" + data.node + "'";
      this.statusStore = makeStatusStore('node');
      this.defaults = { statusStore: this.statusStore };
      this.items = [
        Ext.apply(placeholder(gettext('Summary')), { itemId: 'summary', iconCls: 'fa fa-book' }),
        Ext.apply(placeholder(gettext('Shell')), { itemId: 'jsconsole', iconCls: 'fa fa-terminal' }),
        Ext.apply(placeholder(gettext('System')), { itemId: 'services', iconCls: 'fa fa-cogs' }),
        Ext.apply(placeholder(gettext('Disks')), { itemId: 'storage', iconCls: 'fa fa-hdd-o' }),
        Ext.apply(placeholder(gettext('Task History')), { itemId: 'tasks', iconCls: 'fa fa-list-alt' }),
        Ext.apply(placeholder(gettext('Subscription')), { itemId: 'support', iconCls: 'fa fa-support' }),
      ];
      this.callParent();
    },
  });

  Ext.define('PVE.dc.Config', {
    extend: 'PVE.panel.Config',
    alias: 'widget.PVE.dc.Config',
    hstateid: 'dctab',

    initComponent: function () {
      this.title = gettext('Datacenter');
      this.items = [
        Ext.apply(placeholder(gettext('Summary')), { itemId: 'summary', iconCls: 'fa fa-book' }),
        Ext.apply(placeholder(gettext('Notes')), { itemId: 'notes', iconCls: 'fa fa-sticky-note-o' }),
        Ext.apply(placeholder(gettext('Cluster')), { itemId: 'cluster', iconCls: 'fa fa-server' }),
        Ext.apply(placeholder(gettext('Options')), { itemId: 'options', iconCls: 'fa fa-gear' }),
        Ext.apply(placeholder(gettext('Storage')), { itemId: 'storage', iconCls: 'fa fa-database' }),
        Ext.apply(placeholder(gettext('Metric Server')), {
          itemId: 'metricservers',
          iconCls: 'fa fa-bar-chart',
        }),
      ];
      this.callParent();
    },
  });

  const PveShell = {
    node: NODE,
    containers: CTS,
    errors: [],
    ctStatus: function (vmid) {
      return stopped.indexOf(String(vmid)) >= 0 ? 'stopped' : 'running';
    },
    /** Start/stop a container as far as the UI can tell (status/current and the tree). */
    setStatus: function (vmid, status) {
      const key = String(vmid);
      const i = stopped.indexOf(key);
      if (status === 'stopped' && i < 0) stopped.push(key);
      if (status !== 'stopped' && i >= 0) stopped.splice(i, 1);
    },

    /**
     * Starts the workspace. Without ?node= the node name comes from the shim's
     * /api/v1/version (the demo's host snapshot has its own host name), else "pve".
     */
    start: function () {
      if (q.get('node') || !window.fetch) return PveShell.build();
      const base = String(window.PveGpuTabConfig?.baseUrl || location.origin).replace(/\/+$/, '');
      const ticket = Ext.util.Cookies.get('PVEAuthCookie') || '';
      const ac = new AbortController();
      const timer = setTimeout(function () {
        ac.abort();
      }, 2000);
      fetch(base + '/api/v1/version', {
        headers: { Authorization: 'PVEAuthCookie=' + encodeURIComponent(ticket) },
        credentials: 'omit',
        signal: ac.signal,
      })
        .then(function (r) {
          return r.ok ? r.json() : {};
        })
        .then(
          function (v) {
            if (v && typeof v.node === 'string' && v.node) NODE = v.node;
          },
          function () {},
        )
        .then(function () {
          clearTimeout(timer);
          PveShell.node = NODE;
          PveShell.build();
        });
    },

    build: function () {
      const children = [
        { id: 'node/' + NODE, text: NODE, type: 'node', node: NODE, iconCls: 'fa fa-building', leaf: true },
      ];
      if (clusterNodes.length) {
        children.length = 0;
        children.push({
          id: 'root',
          text: gettext('Datacenter'),
          type: 'root',
          iconCls: 'fa fa-server',
          leaf: true,
        });
        clusterNodes.forEach(function (n) {
          children.push({
            id: 'node/' + n,
            text: n,
            type: 'node',
            node: n,
            status: offline.indexOf(n) >= 0 ? 'offline' : 'online',
            iconCls: 'fa fa-building',
            leaf: true,
          });
        });
      }
      CTS.forEach(function (ct) {
        children.push({
          id: 'lxc/' + ct.vmid,
          text: ct.vmid + ' (' + ct.name + ')',
          type: 'lxc',
          node: NODE,
          vmid: ct.vmid,
          name: ct.name,
          template: ct.template,
          status: PveShell.ctStatus(ct.vmid),
          iconCls: 'fa fa-cube',
          leaf: true,
        });
      });
      const store = Ext.create('Ext.data.Store', {
        fields: ['id', 'text', 'type', 'node', 'vmid', 'name', 'template', 'status', 'iconCls'],
        data: children,
      });
      // PVE keeps every guest in the global PVE.data.ResourceStore (records 'lxc/<vmid>').
      Ext.ns('PVE.data');
      PVE.data.ResourceStore = store;
      let workspace;
      const content = Ext.create('Ext.container.Container', {
        region: 'center',
        layout: 'fit',
        itemId: 'content',
      });
      const tree = Ext.create('Ext.grid.Panel', {
        region: 'west',
        width: 220,
        split: true,
        title: gettext('Server View'),
        hideHeaders: true,
        itemId: 'resourcetree',
        cls: 'pveshell-tree',
        store: store,
        columns: [
          {
            dataIndex: 'text',
            flex: 1,
            renderer: function (v, _m, rec) {
              return '<span class="pveshell-nav-icon ' + rec.get('iconCls') + '"></span>' + Ext.htmlEncode(v);
            },
          },
        ],
        listeners: {
          select: function (_sm, rec) {
            content.removeAll(true);
            const type = rec.get('type');
            const xtype =
              type === 'root' ? 'PVE.dc.Config' : type === 'node' ? 'pveNodeConfig' : 'pveLXCConfig';
            try {
              content.add({ xtype: xtype, pveSelNode: rec, workspace: workspace });
            } catch (err) {
              // PVE shows a broken panel here; the tests assert this never happens.
              PveShell.errors.push(String(err));
              throw err;
            }
          },
        },
      });
      const themeButton = {
        xtype: 'button',
        itemId: 'theme',
        text: gettext('Color Theme'),
        handler: function () {
          const dark = getComputedStyle(document.documentElement).colorScheme === 'dark';
          window.PveShellTheme.set(dark ? 'crisp' : 'dark');
        },
      };
      workspace = Ext.create('Ext.container.Viewport', {
        layout: 'border',
        items: [
          {
            region: 'north',
            xtype: 'toolbar',
            cls: 'pveshell-top',
            items: [
              { xtype: 'tbtext', text: '<b>Proxmox</b> Virtual Environment — pve-gpu-tab shell' },
              '->',
              themeButton,
            ],
          },
          tree,
          content,
        ],
      });
      workspace.selectById = function (id) {
        const rec = store.getById(id);
        if (rec) tree.getSelectionModel().select(rec);
      };
      PveShell.workspace = workspace;
      const want = q.get('select');
      if (want) workspace.selectById(want);
    },
  };
  window.PveShell = PveShell;
})();
