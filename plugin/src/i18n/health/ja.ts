// SPDX-License-Identifier: AGPL-3.0-or-later
// 日本語: the health messages (ids and English of api-shim/src/api/health-messages.ts).
// `code` spans stay as in English: they are config keys, commands and log lines.
export default {
  'cgroup.v1_key.title': 'cgroup v1 のキーがない',
  'cgroup.not_allowed.title': 'デバイス cgroup がバインドされた全ノードを許可している',
  'cgroup.stale_major.title': '許可されたメジャー番号が現在のデバイスと一致している',
  'cgroup.allow_all.title': '全デバイスを許可するルールがない',
  'cgroup.redundant.title': 'バインドされていないノードへの許可ルールがない',
  'ct.config_syntax.title': 'すべての設定行を解釈できる',
  'ct.pending.title': '保留中の変更',
  'ct.node_check.title': 'コンテナ内のノードがホストのデバイスである',
  'ct.service_user_groups.title': 'サービスユーザが GPU を開ける',
  'ct.group_collision.title': 'render グループと video グループが 1 つずつ',
  'ct.vaapi_driver.title': 'GPU 用の VA-API ドライバがインストールされている',
  'dev.path_missing.title': 'パススルーしたデバイスパスがホストに存在する',
  'dev.not_device.title': 'パススルーしたパスがデバイスノードである',
  'dev.node_renamed.title': 'GPU ノード名が安定している',
  'dev.bypath.title': 'by-path ノードが by-path 名で現れる',
  'dev.gid_default.title': 'GPU の devN エントリがグループを指定している',
  'dev.gid_wrong_group.title': 'devN のグループがコンテナの render/video グループである',
  'dev.id_unmapped.title': 'devN の uid/gid がマップされている',
  'dev.nvidia_mode.title': 'NVIDIA ノードをコンテナのサービスが使える',
  'dev.kfd_gid.title': '/dev/kfd が render グループに属している',
  'dev.conflict.title': '同じノードを二重にパススルーしていない',
  'dev.render_numbering.title': '既定の探索用に renderD128 がある',
  'dev.vendor.title': '各ノードがどの GPU のものか',
  'host.gpu_inventory.title': 'ホストの GPU とそのノード',
  'host.no_drm_node.title': 'ホストの各 GPU にドライバとノードがある',
  'host.world_rw_nodes.title': 'ホストの GPU ノードが全員書き込み可能でない',
  'host.prestart_chown.title': 'フックがホストのデバイスノードの所有者を変えない',
  'idmap.syntax.title': 'lxc.idmap の行が正しい',
  'idmap.deprecated_key.title': 'lxc.idmap のキー名',
  'idmap.type_missing.title': 'カスタムマップに uid と gid の両方の行がある',
  'idmap.root_unmapped.title': 'コンテナの root がマップされている',
  'idmap.overlap.title': '二重にマップされた ID がない',
  'idmap.gap.title': 'コンテナの ID 0–65535 がすべてマップされている',
  'idmap.host_root.title': 'ホストの root がコンテナにマップされていない',
  'idmap.passthrough_ids.title': 'コンテナと共有しているホストの ID',
  'idmap.too_many_ranges.title': 'ID の種類ごとに範囲は最大 340 個',
  'mon.pmu_in_ct.title': 'このコンテナで GPU モニタ (intel_gpu_top) が失敗する理由',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid を下げていない',
  'mon.nvml_pids.title': 'コンテナ内の nvidia-smi にプロセスが表示されない',
  'mon.ineffective_workarounds.title': 'PMU へのアクセスに役立たない設定',
  'mount.optional_missing.title': 'optional なバインド元が存在する',
  'mount.no_create.title': '/dev へのバインドがターゲットを作成する',
  'mount.create_kind.title': 'create= がバインド元と一致している',
  'mount.bad_path.title': 'バインド元とターゲットの形式が正しい',
  'mount.duplicate.title': '同じターゲットへのバインドが 2 つない',
  'mount.unmapped_owner.title': 'バインドしたノードをコンテナ内で使える',
  'mount.cosmetic.title': 'バインド行の末尾が正しい',
  'mount.dri_dir.title': '必要な DRM ノードだけをバインドしている',
  'nv.module.title': 'NVIDIA カーネルモジュールがロードされている',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm が起動のたびに存在する',
  'nv.node_set.title': 'NVIDIA ノードがすべて揃っている',
  'nv.version_mismatch.title': 'コンテナの NVIDIA ライブラリがホストのドライバと一致している',
  'nv.kernel_pkgs_in_ct.title': 'コンテナに NVIDIA カーネルパッケージがない',
  'nv.ctk_cgroups.title': 'NVIDIA Container Toolkit が非特権 CT で動く',
  'sec.privileged_gpu.title': 'GPU コンテナが非特権である',
  'sec.apparmor_unconfined.title': 'AppArmor による制限が有効',
  'sec.seccomp_off.title': 'システムコールフィルタが有効のまま',
  'sec.cap_drop_empty.title': 'LXC のケーパビリティ削除が保たれている',
  'sec.cap_keep.title': 'lxc.cap.keep がない',
  'sec.system_dir_bind.title': 'ホストのシステムディレクトリがコンテナにない',
  'sec.proc_sys_rw.title': '/proc と /sys が書き込み可能でない',
  'sec.host_binary_bind.title': 'ホストのプログラムやライブラリをバインドしていない',
  'subid.not_allowed.title': '/etc/subuid と /etc/subgid がマップを許可している',
  'subid.typo_file.title': '従属 ID ファイルの綴りが正しい',
  'subid.nss.title': '従属 ID がファイルから来ている',
  'intel.huc.title': 'HuC ファームウェアがロードされている (低電力エンコード)',
  'intel.sriov_vf.title': 'SR-IOV 仮想ファンクション',
  'amd.kfd.title': 'ROCm に /dev/kfd がある',
  'fix.remove_line': 'この行を削除する',
  'fix.optional_cleanup': '任意の整理',
  'fix.restart': '設定を適用するためにコンテナを再起動する',
  'cgroup.v1_key.no_effect':
    '`{line}` は cgroup v1 のキーです。このホストは cgroup v2 を使っているため (PVE 7 以降。PVE 9 には v1 がまったくありません)、この行は効果がありません。PVE は `{key} is deprecated, this will be a hard error in the future!` と記録します。',
  'cgroup.v1_key.blocked':
    '`{line}` は cgroup v1 のキーです。このホストは cgroup v2 を使っているため (PVE 7 以降。PVE 9 には v1 がまったくありません)、この行は効果がなく、これらのデバイスはブロックされたままです (`Operation not permitted`)。PVE は `{key} is deprecated, this will be a hard error in the future!` と記録します。',
  'cgroup.v1_key.allow_all':
    '`{line}` は cgroup v1 のキーです。このホストは cgroup v2 を使っているため (PVE 7 以降。PVE 9 には v1 がまったくありません)、この行は効果がありません。PVE は `{key} is deprecated, this will be a hard error in the future!` と記録します。lxc.cgroup2.devices.allow に書き換えると、すべてのデバイスを許可してしまいます (cgroup.allow_all)。',
  'cgroup.v1_key.fix.rename': 'cgroup2 のキーに名前を変える。できれば生のエントリを devN に置き換える',
  'cgroup.not_allowed':
    '{count, plural, other {{nodes} はマウントされていますが、デバイス cgroup が許可していません。ファイルはコンテナ内に見えますが、open() はすべて `Operation not permitted` を返します。}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, other {{nodes} はディレクトリのバインドを通して見えますが、デバイス cgroup が許可していません。open() は `Operation not permitted` を返します。VA-API や計算処理には不要です。}}',
  'cgroup.not_allowed.fix': 'ノードを許可する。または起動のたびにルールを生成する devN を使う',
  'cgroup.stale_major.since_start':
    '`{path}` は現在 {devt} ですが、コンテナは {started} 用のデバイスルールで起動されました (/var/lib/lxc/{vmid}/config)。起動後にドライバが再ロードされたか番号が変わったため、稼働中のコンテナではこのノードがブロックされています。',
  'cgroup.stale_major.fix.restart': 'コンテナを再起動する。PVE が現在のノードからルールを作り直します',
  'cgroup.stale_major':
    '設定はメジャー番号 {major} を許可していますが、現在それを使うデバイスはなく、`{path}` は現在 {devt} です。動的なメジャー番号 (nvidia-uvm、nvidia-caps、kfd) はドライバの更新後に変わります。',
  'cgroup.stale_major.named':
    '設定はメジャー番号 {major} を許可していますが、現在それを使うデバイスはなく、`{path}` は現在 {devt} です (/proc/devices では {driver})。動的なメジャー番号 (nvidia-uvm、nvidia-caps、kfd) はドライバの更新後に変わります。',
  'cgroup.stale_major.fix':
    '番号を更新する。または devN に切り替える (ルールは起動のたびに stat() から作り直されます)',
  'cgroup.allow_all':
    'コンテナは、作成できる、または到達できるすべてのデバイスノード (ブロックデバイスを含む) を読み書きできます。',
  'cgroup.allow_all.privileged':
    'コンテナは、作成できる、または到達できるすべてのデバイスノード (ブロックデバイスを含む) を読み書きできます。特権付きコンテナでは、これはホストのディスクへのアクセスを意味します。',
  'cgroup.allow_all.fix': 'この行を削除し、必要な GPU ノードだけを許可する (または devN を使う)',
  'cgroup.redundant.by_devn': '`c {devt}` は `{key}` のために PVE がすでに許可しています。',
  'cgroup.redundant': '`c {devt}` は許可されていますが、その番号を持つバインド済みノードはありません。',
  'ct.config_syntax.fix': 'この行を修正するか削除する',
  'ct.config_syntax.fix.dev':
    '次の形式で書く: dev<N>: /dev/<path>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'PVE がサポートするのは dev0…dev{last} です。',
  'ct.config_syntax.fix.renumber': 'エントリの番号を振り直す',
  'ct.pending.idmap':
    'コンテナは前回の起動時の ID マップ ({started}) で動いています。設定は現在 {now} です。新しいマップは再起動後に適用されます。',
  'ct.pending.idmap_removed':
    'コンテナは前回の起動時の ID マップ ({started}) で動いています。設定には現在マップがありません。新しいマップは再起動後に適用されます。',
  'ct.pending':
    '次の変更は保留中で、次回のコンテナ起動時に適用されます。上のチェックは稼働中の設定についてのものです: {changes}。',
  'ct.config_syntax.delete':
    '{line} 行目: `delete` は [pve:pending] の中でのみ使えます。ここでは PVE が無視します。',
  'ct.config_syntax.empty_option':
    '{line} 行目: オプション `{key}` に値がありません。PVE は `unable to parse config` と記録し、この行を無視します。',
  'ct.config_syntax.unparsable':
    '{line} 行目: PVE はこの行を解釈できず (`unable to parse config`)、無視します。',
  'ct.config_syntax.dev.not_number':
    '`{key}`: `{option}` は数値ではありません。PVE はこのエントリを拒否します。',
  'ct.config_syntax.dev.bad_mode':
    '`{key}`: `{option}` は 0660 のような 8 進数のモードではありません。PVE はこのエントリを拒否します。',
  'ct.config_syntax.dev.unknown_option':
    '`{key}`: 不明なオプション `{option}`。PVE はこのエントリを拒否します。',
  'ct.config_syntax.dev.no_path': '`{key}` にデバイスパスがありません。PVE はこのエントリを拒否します。',
  'ct.config_syntax.dev.not_dev':
    '`{key}`: `{path}` は /dev/ の下にありません。PVE はこのエントリを拒否します。',
  'ct.config_syntax.dev.dot_path':
    '`{key}`: `{path}` に /. または /.. の要素が含まれています。PVE はこのエントリを拒否します。',
  'ct.node_check.missing': '`{path}` はコンテナ内に存在しません ({see} を参照)。',
  'ct.node_check.placeholder':
    'コンテナ内の `{path}` は通常の (プレースホルダの) ファイルです。バインドマウントが行われていません ({see} を参照)。',
  'ct.node_check.not_device':
    'コンテナ内の `{path}` はデバイスノードではありません。バインドマウントが行われていません ({see} を参照)。',
  'ct.node_check.stale':
    'コンテナ内の `{path}` は {devt} ですが、ホストのノードは {hostDevt} です。ドライバの再ロード前の古いノードです ({see} を参照)。コンテナを再起動してください。',
  'ct.node_check.fix': '参照先のチェックを直したあとでコンテナを再起動する',
  'ct.service_user_groups':
    'ユーザ `{user}` は `{path}` を開けません。所有グループは gid {gid}、モードは {mode} で、{user} が属するのは {groups} です。',
  'ct.service_user_groups.no_groups':
    'ユーザ `{user}` は `{path}` を開けません。所有グループは gid {gid}、モードは {mode} で、{user} は追加のグループに属していません。',
  'ct.service_user_groups.fix.add_user': 'コンテナ内で {user} を {group} に追加し、サービスを再起動する',
  'ct.service_user_groups.fix.devn_gid':
    'ノードをコンテナの render グループにし ({see})、コンテナを再起動する',
  'ct.service_user_groups.fix.node_group':
    'ノードをコンテナの render グループにする (dev.gid_wrong_group / mount.unmapped_owner を参照)',
  'ct.group_collision':
    'コンテナには `{group}` グループが {count} 個あります ({gids})。ツールはこの名前をそのうちの 1 つに解決します。',
  'ct.group_collision.fix': '重複を削除する。ノードの所有グループの gid を残す',
  'ct.vaapi_driver.i965_forced':
    'LIBVA_DRIVER_NAME=i965 は旧ドライバを強制します。旧ドライバは Broadwell より前の GPU にしか対応していません。',
  'ct.vaapi_driver.fix.i965_forced': 'LIBVA_DRIVER_NAME を削除するか iHD にする',
  'ct.vaapi_driver.only_i965':
    'コンテナには旧 i965 VA-API ドライバしかありません。Gen9 以降の Intel GPU には intel-media-va-driver-non-free をインストールしてください (Debian: non-free を有効にする)。',
  'ct.vaapi_driver.only_i965_no_access':
    'コンテナには旧 i965 VA-API ドライバしかありません。Gen9 以降の Intel GPU には intel-media-va-driver-non-free をインストールしてください (Debian: non-free を有効にする)。コンテナはまだ render ノードを開けません (上記参照)。先にアクセスを直し、そのあとドライバを確認し直してください (`vainfo`)。',
  'ct.vaapi_driver.no_ihd':
    'コンテナに Intel VA-API ドライバ (iHD_drv_video.so) が見つかりません。Gen9 以降の Intel GPU には intel-media-va-driver-non-free をインストールしてください (Debian: non-free を有効にする)。',
  'ct.vaapi_driver.no_ihd_no_access':
    'コンテナに Intel VA-API ドライバ (iHD_drv_video.so) が見つかりません。Gen9 以降の Intel GPU には intel-media-va-driver-non-free をインストールしてください (Debian: non-free を有効にする)。コンテナはまだ render ノードを開けません (上記参照)。先にアクセスを直し、そのあとドライバを確認し直してください (`vainfo`)。',
  'ct.vaapi_driver.fix.intel': 'コンテナ内にメディアドライバをインストールする',
  'ct.vaapi_driver.no_radeonsi': 'コンテナに radeonsi_drv_video.so (mesa-va-drivers) が見つかりません。',
  'ct.vaapi_driver.no_radeonsi_no_access':
    'コンテナに radeonsi_drv_video.so (mesa-va-drivers) が見つかりません。コンテナはまだ render ノードを開けません (上記参照)。先にアクセスを直し、そのあとドライバを確認し直してください (`vainfo`)。',
  'ct.vaapi_driver.fix.amd': 'コンテナ内に mesa-va-drivers をインストールする',
  'dev.path_missing':
    '`{entry}` はホストに存在しません。`pct start` は `Device {path} does not exist` で中断します。',
  'dev.path_missing.renamed':
    '`{entry}` はホストに存在しません。`pct start` は `Device {path} does not exist` で中断します。ホストには代わりに {others} があります。DRM の番号は起動やカーネルによって変わることがあります (dev.node_renamed を参照)。',
  'dev.path_missing.uvm':
    '`{entry}` はホストに存在しません。`pct start` は `Device {path} does not exist` で中断します。/dev/nvidia-uvm は nvidia_uvm モジュールがロードされ、そのノードが作られて初めて存在します (nv.uvm_lazy を参照)。',
  'dev.path_missing.nvidia':
    '`{entry}` はホストに存在しません。`pct start` は `Device {path} does not exist` で中断します。NVIDIA カーネルモジュールがロードされていない可能性があります (nv.module を参照)。',
  'dev.path_missing.fix.repoint': 'エントリを存在するノードに向ける。できれば安定した by-path 名で',
  'dev.path_missing.fix.create':
    'コンテナの起動前にホストにデバイスが存在するようにする。またはエントリを削除する',
  'dev.not_device.file':
    'ホストの `{path}` は通常のファイルで、デバイスではありません (PVE: `{path} is not a device`)。',
  'dev.not_device.dir':
    'ホストの `{path}` はディレクトリで、デバイスではありません (PVE: `{path} is not a device`)。',
  'dev.not_device.fix':
    'ファイルを削除して udev にノードを作り直させる。その後、原因を dev.conflict で確認する',
  'dev.node_renamed.gone':
    '`{path}` がなくなり、ホストには現在 {others} があります。GPU の番号が変わった可能性があります。カーネル 5.14 以降、simpledrm の起動時フレームバッファが先に card0 を取ることが多く、番号は起動やカーネル更新で変わることがあります。',
  'dev.node_renamed':
    '設定は `{path}` を番号で指定しています。現在はホストと一致していますが、DRM の番号は変わることがあります (simpledrm が card0 を取る、カーネル更新、2 枚目の GPU)。VA-API、QSV、NVENC に必要なのは render ノードだけです。',
  'dev.node_renamed.fix.bypath': '安定した by-path 名を使う (または card ノードをやめる)',
  'dev.node_renamed.fix.drop':
    'card ノードをやめる (render ノードで十分)。または /dev/dri/by-path の名前を使う',
  'dev.bypath':
    'PVE はコンテナ内のノードを `{node}` ではなく設定したパス `{path}` に作ります (autodev フックは /dev/<設定したパス> にマウントします)。/dev/dri/renderD128 を探すアプリケーションは見つけられません。',
  'dev.bypath.fix':
    'アプリケーションに by-path ノードを指定する (Jellyfin の「VA-API Device」、ffmpeg -vaapi_device、対応していれば LIBVA_DRM_DEVICE)。または起動時にコンテナ内にシンボリックリンクを作る',
  'dev.gid_default':
    'コンテナ内の `{path}` は `root:root 0660` になります。使えるのはコンテナの root だけで、専用ユーザで動くサービス (jellyfin、plex、immich、frigate、ollama) は `Permission denied` になります。',
  'dev.gid_default.fix':
    'ノードをコンテナの {group} グループにする (値はコンテナ稼働中にその /etc/group から読みます)',
  'dev.gid_wrong_group.host_gid':
    '`{key}` は gid {gid}、つまりホストの render の gid を使っています。devN の gid はコンテナの gid です。コンテナ内の render グループでなければならず、それはしばしば異なります (Debian 12: 105、Ubuntu 24.04: 993)。このチェックが /etc/group を読めるようにコンテナを起動してください。',
  'dev.gid_wrong_group.fix.lookup': 'コンテナ内で gid を調べてそれを使う',
  'dev.gid_wrong_group.render':
    '`{key}` は gid {gid} を指定しています。これはこのコンテナ ({os}) では `{group}` で、`render` グループは {want} です。そのため render ノードが間違ったグループに属しています。(devN の gid はコンテナの gid です。ホストの render の gid はここでは関係ありません。)',
  'dev.gid_wrong_group.render_no_group':
    '`{key}` は gid {gid} を指定しています。これはこのコンテナ ({os}) ではどのグループでもなく、`render` グループは {want} です。そのため render ノードが間違ったグループに属しています。(devN の gid はコンテナの gid です。ホストの render の gid はここでは関係ありません。)',
  'dev.gid_wrong_group.render_missing':
    '`{key}` は gid {gid} を指定しています。これはこのコンテナ ({os}) では `{group}` で、コンテナには `render` グループがありません。そのため render ノードが間違ったグループに属しています。(devN の gid はコンテナの gid です。ホストの render の gid はここでは関係ありません。)',
  'dev.gid_wrong_group.render_no_group_missing':
    '`{key}` は gid {gid} を指定しています。これはこのコンテナ ({os}) ではどのグループでもなく、コンテナには `render` グループがありません。そのため render ノードが間違ったグループに属しています。(devN の gid はコンテナの gid です。ホストの render の gid はここでは関係ありません。)',
  'dev.gid_wrong_group.card':
    '`{key}` は gid {gid} を指定しています。これはこのコンテナ ({os}) では `{group}` で、`video` グループは {want} です。そのため card ノードが間違ったグループに属しています。(devN の gid はコンテナの gid です。ホストの render の gid はここでは関係ありません。)',
  'dev.gid_wrong_group.card_no_group':
    '`{key}` は gid {gid} を指定しています。これはこのコンテナ ({os}) ではどのグループでもなく、`video` グループは {want} です。そのため card ノードが間違ったグループに属しています。(devN の gid はコンテナの gid です。ホストの render の gid はここでは関係ありません。)',
  'dev.gid_wrong_group.card_missing':
    '`{key}` は gid {gid} を指定しています。これはこのコンテナ ({os}) では `{group}` で、コンテナには `video` グループも `render` グループもありません。そのため card ノードが間違ったグループに属しています。(devN の gid はコンテナの gid です。ホストの render の gid はここでは関係ありません。)',
  'dev.gid_wrong_group.card_no_group_missing':
    '`{key}` は gid {gid} を指定しています。これはこのコンテナ ({os}) ではどのグループでもなく、コンテナには `video` グループも `render` グループもありません。そのため card ノードが間違ったグループに属しています。(devN の gid はコンテナの gid です。ホストの render の gid はここでは関係ありません。)',
  'dev.gid_wrong_group.fix.create_group':
    'まずコンテナ内に {group} グループを作る (GPU のユーザ空間パッケージをインストールするなど)。そのあとここにその gid を設定する',
  'dev.gid_wrong_group.fix': '{key} をコンテナの {group} の gid にし、コンテナを再起動する',
  'dev.id_unmapped.gid':
    '`gid={id}` はこのコンテナの lxc.idmap でマップされていないため、PVE はノードをホストの gid {id} の所有にし、コンテナからは `nogroup` に見えます。',
  'dev.id_unmapped.uid':
    '`uid={id}` はこのコンテナの lxc.idmap でマップされていないため、PVE はノードをホストの uid {id} の所有にし、コンテナからは `nobody` に見えます。',
  'dev.id_unmapped.fix.gid':
    'マップされた gid (コンテナの render グループ) を使う。またはマップを直す (idmap.gap)',
  'dev.id_unmapped.fix.uid': 'マップされた uid を使う。またはマップを直す (idmap.gap)',
  'dev.nvidia_mode':
    'ホストでは NVIDIA ノードは 0666 ですが、devN を通すとコンテナ内では `0660 root:{group}` になるため、そのグループに属さないサービス (ollama、jellyfin、immich …) は開けません。',
  'dev.nvidia_mode.users':
    'ホストでは NVIDIA ノードは 0666 ですが、devN を通すとコンテナ内では `0660 root:{group}` になるため、そのグループに属さないサービス ({users}) は開けません。',
  'dev.nvidia_mode.fix':
    'NVIDIA の devN エントリに mode=0666 を付ける (ホストと同じ公開範囲で、ドライバ自身がチェックします)。またはサービスユーザをグループに追加する',
  'dev.kfd_gid':
    'ROCm は /dev/kfd が render グループから使えることを前提にしていますが、ここではグループ {gid} です。render にだけ属するユーザでは rocminfo/ollama が `Unable to open /dev/kfd read-write: Permission denied` と報告します。',
  'dev.kfd_gid.fix': '/dev/kfd をコンテナの render の gid にする',
  'dev.conflict.twice':
    '`{first}` と `{second}` がどちらも `{path}` をパススルーしています。autodev フックの 2 回目の mknod が既存のファイルにぶつかり、起動に失敗します (`Failed to run autodev hooks`)。',
  'dev.conflict.fix.keep_one': 'エントリを 1 つだけ残す',
  'dev.conflict.mount':
    '`{entry}` と `{target}` への `lxc.mount.entry`: LXC はマウントエントリを autodev フックより先に実行し、フックの mknod が既存のファイルにぶつかって (`Could not mknod …: File exists`)、起動は `Script exited with status 17` で失敗します。',
  'dev.conflict.mount_dir':
    '`{entry}` と `{target}` への `lxc.mount.entry`: LXC はマウントエントリを autodev フックより先に実行し、フックの mknod が既存のファイルにぶつかって (`Could not mknod …: File exists`)、起動は `Script exited with status 17` で失敗します。ディレクトリ全体をバインドしている場合、フックはホストの実際のディレクトリに書き込むことさえあります。',
  'dev.conflict.fix.remove_bind':
    '1 つのノードには devN か生のエントリのどちらかだけを使う。生のバインドを削除する',
  'dev.render_numbering':
    '{count, plural, other {コンテナにあるのは {nodes} だけです。libva の既定の探索は renderD128 から始まるため (intel/libva#540)、デバイスを明示しない vainfo/ffmpeg は失敗することがあります。}}',
  'dev.render_numbering.fix':
    'アプリケーションでデバイスパスを指定する (例: ffmpeg -vaapi_device {path}、vainfo --display drm --device {path})',
  'dev.vendor': '{nodes}。',
  'dev.vendor.mismatch':
    'コンテナは /dev/kfd (AMD ROCm) をパススルーしていますが、render ノードは別のベンダのものです。{nodes}。',
  'dev.vendor.fix': '目的の GPU の render ノードを by-path 名でパススルーする',
  'host.gpu_inventory':
    '{gpus}。ホストのグループ: render {render}、video {video} (ホストの render の gid は PVE のリリースで異なります。PVE 7/8 では 104、PVE 9 では 993 という報告があり、ガイドの記述が食い違うのはこのためです。devN で重要なのはコンテナの gid だけです)。',
  'host.gpu_inventory.used':
    '{gpus}。ホストのグループ: render {render}、video {video} (ホストの render の gid は PVE のリリースで異なります。PVE 7/8 では 104、PVE 9 では 993 という報告があり、ガイドの記述が食い違うのはこのためです。devN で重要なのはコンテナの gid だけです)。このコンテナは {used} を使っています。',
  'host.gpu_inventory.no_drm':
    'DRM デバイスが見つかりません。ホストのグループ: render {render}、video {video} (ホストの render の gid は PVE のリリースで異なります。PVE 7/8 では 104、PVE 9 では 993 という報告があり、ガイドの記述が食い違うのはこのためです。devN で重要なのはコンテナの gid だけです)。',
  'host.gpu_inventory.no_drm.used':
    'DRM デバイスが見つかりません。ホストのグループ: render {render}、video {video} (ホストの render の gid は PVE のリリースで異なります。PVE 7/8 では 104、PVE 9 では 993 という報告があり、ガイドの記述が食い違うのはこのためです。devN で重要なのはコンテナの gid だけです)。このコンテナは {used} を使っています。',
  'host.no_drm_node.vfio':
    'GPU {pci} ({vendor}) は vfio-pci (VM へのパススルー) にバインドされているため、ホストにはコンテナと共有できる /dev/dri ノードがありません。GPU は VM かコンテナのどちらかにしか渡せません。',
  'host.no_drm_node':
    'GPU {pci} ({vendor}) にはホストで動作するドライバがないため、パススルーできるデバイスノードがありません。',
  'host.no_drm_node.fix.vfio':
    'vfio-pci の ids= バインドや hostpciN での使用をやめ、initramfs を作り直して再起動する',
  'host.no_drm_node.fix': 'この GPU のホスト用ドライバをインストールしてロードする',
  'host.world_rw_nodes':
    'ホストの `{path}` は {mode} です。ホストのすべてのユーザと、このノードが見えるすべてのコンテナが GPU を使えます。',
  'host.world_rw_nodes.card':
    'ホストの `{path}` は {mode} です。ホストのすべてのユーザと、このノードが見えるすべてのコンテナが GPU を使えます。誰でも書き込める card ノードでは、ディスプレイ/KMS の制御もできてしまいます。',
  'host.world_rw_nodes.fix':
    'モードを広げているルールをやめ、コンテナには devN でそれぞれの gid を付けてノードを渡す',
  'host.world_rw_nodes.rule': 'udev ルールがホストの GPU ノードを誰でも書き込めるようにしています。',
  'host.world_rw_nodes.fix.rule': 'このルールを削除し、代わりに devN とコンテナの gid でノードを渡す',
  'host.prestart_chown':
    'このフックはコンテナの起動のたびにホストのデバイスノードの所有者やモードを変更します (`{hook}`)。ホストの render/video のメンバーと他のすべてのコンテナは、udev が元に戻すまでアクセスを失います。',
  'host.prestart_chown.fix':
    'フックを削除して devN を使う。PVE はホストのノードを変更する代わりに、指定した所有者でノードの専用コピーを作ります',
  'idmap.syntax':
    '`{line}` は正しくありません。LXC が理解するのは `u` (ユーザ) と `g` (グループ) に続く 3 つの数値と 0 より大きい個数だけです。PVE は `failed to parse idmap` と記録し、コンテナは起動しません。',
  'idmap.syntax.fix': '範囲ごとに u の行と g の行を 1 行ずつ書く (ここでは既定の範囲)',
  'idmap.deprecated_key':
    '`lxc.id_map` は LXC 3.0 より前の名前です。PVE は起動のたびに警告を出して名前を変えます。',
  'idmap.deprecated_key.fix': 'キー名を lxc.idmap に変える',
  'idmap.type_missing.uid':
    'このコンテナにはカスタムの gid マップがありますが、uid マップがありません。`lxc.idmap` の行が 1 つでもあると、PVE は両方の種類について既定値を追加しなくなるため、uid にはマップがまったくありません。',
  'idmap.type_missing.gid':
    'このコンテナにはカスタムの uid マップがありますが、gid マップがありません。`lxc.idmap` の行が 1 つでもあると、PVE は両方の種類について既定値を追加しなくなるため、gid にはマップがまったくありません。',
  'idmap.type_missing.fix.uid': 'uid の既定のマップ全体を追加する',
  'idmap.type_missing.fix.gid': 'gid の既定のマップ全体を追加する',
  'idmap.root_unmapped.uid':
    'コンテナの root (uid 0) がマップされていません。LXC はコンテナを準備できません (`No uid mapping for container root`)。',
  'idmap.root_unmapped.gid':
    'コンテナの root (gid 0) がマップされていません。LXC はコンテナを準備できません (`No gid mapping for container root`)。',
  'idmap.root_unmapped.fix.uid': 'uid のマップを 0 から始める',
  'idmap.root_unmapped.fix.gid': 'gid のマップを 0 から始める',
  'idmap.overlap.ct_uid':
    "2 つの lxc.idmap の行が同じコンテナ uid {range} をマップしています (`{first}` と `{second}`)。PVE は `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'` と警告し、カーネルは重なるマップを拒否し (`newuidmap: write to uid_map failed: Invalid argument`)、コンテナは起動しません。",
  'idmap.overlap.ct_gid':
    "2 つの lxc.idmap の行が同じコンテナ gid {range} をマップしています (`{first}` と `{second}`)。PVE は `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'` と警告し、カーネルは重なるマップを拒否し (`newgidmap: write to gid_map failed: Invalid argument`)、コンテナは起動しません。",
  'idmap.overlap.host_uid':
    "2 つの lxc.idmap の行が同じホスト uid {range} をマップしています (`{first}` と `{second}`)。PVE は `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'` と警告し、カーネルは重なるマップを拒否し (`newuidmap: write to uid_map failed: Invalid argument`)、コンテナは起動しません。",
  'idmap.overlap.host_gid':
    "2 つの lxc.idmap の行が同じホスト gid {range} をマップしています (`{first}` と `{second}`)。PVE は `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'` と警告し、カーネルは重なるマップを拒否し (`newgidmap: write to gid_map failed: Invalid argument`)、コンテナは起動しません。",
  'idmap.overlap.fix.uid': '例外の前後で大きな範囲を分割する。uid ブロック全体 (そのまま貼り付け可能)',
  'idmap.overlap.fix.gid': '例外の前後で大きな範囲を分割する。gid ブロック全体 (そのまま貼り付け可能)',
  'idmap.gap.uid':
    '{count, plural, other {コンテナの uid {ids} がマップされていません。}}これらの ID のファイルは `nobody` と表示され、これらへの `chown` は `Invalid argument` で失敗します。',
  'idmap.gap.gid':
    '{count, plural, other {コンテナの gid {ids} がマップされていません。}}これらの ID のファイルは `nogroup` と表示され、これらへの `chgrp` は `Invalid argument` で失敗します。',
  'idmap.gap.uid_off_by_one':
    '{count, plural, other {コンテナの uid {ids} がマップされていません。}}これらの ID のファイルは `nobody` と表示され、これらへの `chown` は `Invalid argument` で失敗します。ある行の終わりと次の行の始まりで 1 つずれている可能性があります: {hints}。',
  'idmap.gap.gid_off_by_one':
    '{count, plural, other {コンテナの gid {ids} がマップされていません。}}これらの ID のファイルは `nogroup` と表示され、これらへの `chgrp` は `Invalid argument` で失敗します。ある行の終わりと次の行の始まりで 1 つずれている可能性があります: {hints}。',
  'idmap.gap.fix.uid': '隣の範囲を広げる。隙間のない uid ブロック全体 (そのまま貼り付け可能)',
  'idmap.gap.fix.gid': '隣の範囲を広げる。隙間のない gid ブロック全体 (そのまま貼り付け可能)',
  'idmap.host_root.uid':
    '`{line}` はコンテナにホストの root ユーザを与えています。コンテナ内でその ID で動くものはすべてホストの root です。このようなマップでは LXC は /etc/subuid のチェックさえ省きます。',
  'idmap.host_root.gid':
    '`{line}` はコンテナにホストの root グループを与えています。コンテナ内でその ID で動くものはすべてホストの root です。このようなマップでは LXC は /etc/subgid のチェックさえ省きます。',
  'idmap.host_root.fix': 'ホストの ID 0 は決してマップしない。デバイスは代わりに devN で渡す',
  'idmap.passthrough_ids':
    'コンテナに渡しているホストの ID: {ids}。コンテナはこれらの ID が所有するホストのあらゆるオブジェクトを開くことができ、これらの ID で作ったファイルはホストのその ID の所有になります。',
  'idmap.passthrough_ids.sensitive':
    'コンテナに渡しているホストの ID: {ids}。コンテナはこれらの ID が所有するホストのあらゆるオブジェクトを開くことができ、これらの ID で作ったファイルはホストのその ID の所有になります。少なくとも 1 つはホストの特権グループです。',
  'idmap.passthrough_ids.fix':
    'GPU へのアクセスにはコンテナ自身の gid を使う devN を推奨。ホストの ID を共有する必要はありません (1:1 のマップはバインドマウントしたデータ用だけに残す)',
  'idmap.too_many_ranges.uid':
    'uid の範囲が {count} 個あります。カーネルが受け付けるのはマップごとに最大 340 個です。',
  'idmap.too_many_ranges.gid':
    'gid の範囲が {count} 個あります。カーネルが受け付けるのはマップごとに最大 340 個です。',
  'idmap.too_many_ranges.fix': '隣り合う範囲をまとめる',
  'idmap.mark.ct_group': '{name} (コンテナ)',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': 'パススルー → ホスト {host}',
  'idmap.mark.passthrough_named': 'パススルー → ホスト {host} ({name})',
  'mon.pmu_in_ct.title.nvidia': 'このコンテナ内での GPU モニタリング',
  'mon.pmu_in_ct.nvidia':
    'NVIDIA のツール (nvidia-smi、nvtop) は perf PMU ではなく NVML を使い、ライブラリのバージョンが一致すればコンテナ内でも動きます。ただしそこではプロセスを一覧表示しません (mon.nvml_pids)。kernel.perf_event_paranoid を下げたり特権付きコンテナにしたりする必要はなく、そうするとホスト全体が弱くなります。この GPU タブは、ホストで読み取り cgroup で振り分けた、コンテナのプロセスごとの使用状況を表示します。',
  'mon.pmu_in_ct.privileged':
    'このコンテナは特権付きなので、{tool} はその中で動きます。コンテナの root がホストの root だからです。{tool} は GPU の PMU を perf_event_open() で CPU 全体のイベントとして読みます。カーネルがそれを許すのは、kernel.perf_event_paranoid が 0 より大きい (ここでは {paranoid}) 間は、ホストの初期ユーザ名前空間で CAP_PERFMON (または CAP_SYS_ADMIN) を持つ者だけです。非特権コンテナの root のケーパビリティは自身のユーザ名前空間の中でしか有効でないため、呼び出しは `Failed to initialize PMU! (Permission denied)` で失敗します。setcap、lxc.cap.keep、AppArmor、seccomp をどう変えてもこれは変わりません。ネットで見つかる 2 つの「解決策」はホスト全体を弱くします。kernel.perf_event_paranoid を下げるとシステム全体の性能カウンタがホストとすべてのコンテナのあらゆるプロセスに開放され、コンテナを特権付きにするとその root がホストの root になります。この GPU タブは、どちらもせずにこのコンテナのエンジンごとの同じ数値を表示します。ホストで /proc/<pid>/fdinfo と sysfs から読み取り、cgroup で振り分けています。コンテナ内でも、fdinfo ベースのツール (nvtop、amdgpu_top) は自分のプロセスについて動作します。',
  'mon.pmu_in_ct.lowered':
    '{tool} がこのコンテナ内で動くとしたら、それはホストの kernel.perf_event_paranoid が {paranoid} だからにすぎません (mon.paranoid_lowered)。{tool} は GPU の PMU を perf_event_open() で CPU 全体のイベントとして読みます。カーネルがそれを許すのは、kernel.perf_event_paranoid が 0 より大きい (ここでは {paranoid}) 間は、ホストの初期ユーザ名前空間で CAP_PERFMON (または CAP_SYS_ADMIN) を持つ者だけです。非特権コンテナの root のケーパビリティは自身のユーザ名前空間の中でしか有効でないため、呼び出しは `Failed to initialize PMU! (Permission denied)` で失敗します。setcap、lxc.cap.keep、AppArmor、seccomp をどう変えてもこれは変わりません。ネットで見つかる 2 つの「解決策」はホスト全体を弱くします。kernel.perf_event_paranoid を下げるとシステム全体の性能カウンタがホストとすべてのコンテナのあらゆるプロセスに開放され、コンテナを特権付きにするとその root がホストの root になります。この GPU タブは、どちらもせずにこのコンテナのエンジンごとの同じ数値を表示します。ホストで /proc/<pid>/fdinfo と sysfs から読み取り、cgroup で振り分けています。コンテナ内でも、fdinfo ベースのツール (nvtop、amdgpu_top) は自分のプロセスについて動作します。',
  'mon.pmu_in_ct.unprivileged':
    '{tool} はこの非特権コンテナ内では動きません。{tool} は GPU の PMU を perf_event_open() で CPU 全体のイベントとして読みます。カーネルがそれを許すのは、kernel.perf_event_paranoid が 0 より大きい (ここでは {paranoid}) 間は、ホストの初期ユーザ名前空間で CAP_PERFMON (または CAP_SYS_ADMIN) を持つ者だけです。非特権コンテナの root のケーパビリティは自身のユーザ名前空間の中でしか有効でないため、呼び出しは `Failed to initialize PMU! (Permission denied)` で失敗します。setcap、lxc.cap.keep、AppArmor、seccomp をどう変えてもこれは変わりません。ネットで見つかる 2 つの「解決策」はホスト全体を弱くします。kernel.perf_event_paranoid を下げるとシステム全体の性能カウンタがホストとすべてのコンテナのあらゆるプロセスに開放され、コンテナを特権付きにするとその root がホストの root になります。この GPU タブは、どちらもせずにこのコンテナのエンジンごとの同じ数値を表示します。ホストで /proc/<pid>/fdinfo と sysfs から読み取り、cgroup で振り分けています。コンテナ内でも、fdinfo ベースのツール (nvtop、amdgpu_top) は自分のプロセスについて動作します。',
  'mon.pmu_in_ct.fix':
    '変更は不要です。コンテナの GPU 使用状況にはこのタブを使ってください。perf_event_paranoid を下げたり、コンテナを特権付きにしたりしないでください。',
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} により、ホストとすべてのコンテナのあらゆるプロセスがシステム全体の性能カウンタを開けます。おそらくコンテナで intel_gpu_top を動かすために設定されたものですが、このタブはそれなしで同じ数値を表示します。',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} により、ホストとすべてのコンテナのあらゆるプロセスがシステム全体の性能カウンタを開けます。-1 ではさらにカーネルのプロファイリングと生のトレースポイントも許可されます。おそらくコンテナで intel_gpu_top を動かすために設定されたものですが、このタブはそれなしで同じ数値を表示します。',
  'mon.paranoid_lowered.fix':
    'この設定 (と /etc/sysctl.conf または /etc/sysctl.d/*.conf のその行) を削除し、ホスト側でモニタリングする',
  'mon.nvml_pids':
    'コンテナ内の `nvidia-smi`/`nvtop` にはプロセスが表示されません。NVIDIA ドライバはホストの PID を報告しますが、それはコンテナの PID 名前空間には存在しないからです。使用率とメモリの合計は正しく、このタブはホストの PID をコンテナに対応付けます。',
  'mon.ineffective_workarounds':
    '次の設定では、非特権コンテナで Intel PMU は使えるようになりません: CT 内での `setcap cap_perfmon`、`lxc.cap.keep`、制限なしの AppArmor プロファイル、空の seccomp プロファイル、バインドマウントしたホストのプログラムの実行。カーネルは CAP_PERFMON をホストの初期ユーザ名前空間に対して確認しますが、コンテナがそれを持つことはありえません。これらは分離を弱めるだけなので、削除を検討してください (sec.* を参照)。',
  'mon.ineffective_workarounds.fix': '元に戻す',
  'mount.optional_missing':
    '`{path}` は `optional` 付きでマウントされていますが、ホストに存在しません。LXC は `Failed to mount "{path}"` と記録し、それなしでコンテナを起動します。デバイスは黙って消えます。',
  'mount.optional_missing.fix':
    'コンテナの起動前にバインド元が存在するようにする (nv.uvm_lazy、dev.node_renamed)。または、失敗をはっきり示す devN に切り替える',
  'mount.no_create':
    'マウント先 `{target}` はコンテナの新しい /dev に存在しません。`create=file` がないとバインドは失敗します。',
  'mount.no_create.optional':
    'マウント先 `{target}` はコンテナの新しい /dev に存在しません。`create=file` がないとバインドは失敗します (optional のため黙って)。',
  'mount.no_create.fix': 'create=file を追加する',
  'mount.create_kind.dir':
    '`create={create}` はバインド元 `{path}` と一致しません。バインド元はディレクトリです。',
  'mount.create_kind.file':
    '`create={create}` はバインド元 `{path}` と一致しません。バインド元はデバイスノードです。',
  'mount.create_kind.fix': 'create={create} を使う',
  'mount.bad_path.relative_source':
    '`{path}` は相対パスのバインド元です。これはホストの `/{path}` ではなく、マウントは省略されます。',
  'mount.bad_path.absolute_target':
    'マウント先 `{target}` は絶対パスです。LXC のマウント先はコンテナのルートからの相対パスです (`{relative}`)。',
  'mount.bad_path.other_dir':
    '`{node}` は `{target}` にマウントされていますが、アプリケーションは `{dir}` を探します。',
  'mount.bad_path.fix': '/dev/X を dev/X にバインドする',
  'mount.duplicate': '2 つのエントリが `{target}` にマウントしています。後のものが前のものを隠します。',
  'mount.duplicate.fix': '1 つだけ残す',
  'mount.unmapped_owner':
    'ホストの `{path}` は `{owner}` です。コンテナからは `{ctOwner}` に見え、コンテナ内の誰も (root でさえ) 開けません。',
  'mount.unmapped_owner.gid':
    'ホストの `{path}` は `{owner}` です。ホストの gid {gid} はこのコンテナにマップされていないため `{ctOwner}` に見え、コンテナ内の誰も (root でさえ) 開けません。',
  'mount.unmapped_owner.fix':
    '生のエントリを、コンテナ自身の gid を使う devN に置き換える (PVE がその所有者で専用のノードを作ります)。chmod 666 や起動前の chown フックは避ける。',
  'mount.cosmetic': '末尾の `{tail}` はコピーしたガイドに由来します。glibc はこれを 0 0 と読むので無害です。',
  'mount.dri_dir':
    'ホストの /dev/dri 全体が見えています: すべての GPU、KMS の card ノード、by-path。ノードが使えるのはデバイス cgroup が許可している場合だけで (cgroup.not_allowed)、非特権コンテナでは所有者がマップされていない限り nobody:nogroup に見えます (mount.unmapped_owner)。',
  'mount.dri_dir.fix': '必要な render ノードだけを devN で渡す',
  'nv.module':
    'カーネル {kernel} 用の NVIDIA カーネルモジュールがロードされていないため、/dev/nvidia* が存在しません。devN を使うコンテナは起動せず (`Device /dev/nvidia0 does not exist`)、optional の生のマウントは GPU なしで起動します。通常は、DKMS がモジュールをビルドしなかったカーネル更新のあとに起こります。',
  'nv.module.fix': '稼働中のカーネルのヘッダをインストールしてモジュールを作り直し、再起動する',
  'nv.uvm_lazy.missing_devn':
    '`{path}` は現在存在しません。devN ではノードがないと致命的で、`pct start` は `Device {path} does not exist` で失敗します。',
  'nv.uvm_lazy.missing_mount':
    '`{path}` は現在存在しません。optional の生のマウントではコンテナはそれなしで起動し、中で CUDA が失敗します。',
  'nv.uvm_lazy.module_only_devn':
    'このホストでは起動時に `{path}` を作るものがありません (nvidia_uvm は modules-load.d でロードされますが、ノードは何かが初めて CUDA を使ったときにしか現れません)。devN ではノードがないと致命的で、`pct start` は `Device {path} does not exist` で失敗します。',
  'nv.uvm_lazy.module_only_mount':
    'このホストでは起動時に `{path}` を作るものがありません (nvidia_uvm は modules-load.d でロードされますが、ノードは何かが初めて CUDA を使ったときにしか現れません)。optional の生のマウントではコンテナはそれなしで起動し、中で CUDA が失敗します。',
  'nv.uvm_lazy.no_creator_devn':
    'このホストでは起動時に `{path}` を作るものがありません。devN ではノードがないと致命的で、`pct start` は `Device {path} does not exist` で失敗します。',
  'nv.uvm_lazy.no_creator_mount':
    'このホストでは起動時に `{path}` を作るものがありません。optional の生のマウントではコンテナはそれなしで起動し、中で CUDA が失敗します。',
  'nv.uvm_lazy.fix':
    '起動時に nvidia_uvm をロードし、udev ルールでノードを作る (または nvidia-persistenced を有効にする)',
  'nv.node_set.no_ctl':
    'コンテナには /dev/nvidia<N> がありますが /dev/nvidiactl がありません。ドライバには両方が必要です。',
  'nv.node_set.no_gpu': 'コンテナには /dev/nvidiactl がありますが、GPU ノード /dev/nvidia<N> がありません。',
  'nv.node_set.fix.add': '{path} を追加する',
  'nv.node_set.no_uvm':
    '/dev/nvidia-uvm がありません。NVENC/NVDEC は動きますが、CUDA (ollama、immich-ml、TensorRT) には必要です。',
  'nv.node_set.fix.uvm': '/dev/nvidia-uvm を追加する (起動時に存在することも確認する。nv.uvm_lazy)',
  'nv.version_mismatch.no_libs':
    'コンテナに NVIDIA のユーザ空間ライブラリ (libnvidia-ml、libcuda) が見つかりません。バージョン {version} をカーネルモジュールなしでインストールしてください。',
  'nv.version_mismatch.fix.install': 'コンテナ内に一致するユーザ空間ドライバをインストールする',
  'nv.version_mismatch':
    'ホストのドライバは {version}、コンテナのライブラリは {libs} → `Failed to initialize NVML: Driver/library version mismatch`。ホストのドライバを更新するたびに起こります。',
  'nv.version_mismatch.fix':
    'コンテナ内に同じバージョンをカーネル部分なしでインストールする。ずれを防ぐためにホストのドライバを固定する',
  'nv.kernel_pkgs_in_ct':
    'コンテナに NVIDIA カーネルモジュールのパッケージ ({packages}) があります。コンテナはモジュールをロードできず、更新のたびに DKMS のビルドが失敗します。',
  'nv.kernel_pkgs_in_ct.fix': '削除し、ユーザ空間ライブラリだけを残す',
  'nv.ctk_cgroups':
    'この非特権コンテナ内の Docker はデバイス cgroup を管理できません。古いツールキットは `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted` で失敗します。',
  'nv.ctk_cgroups.fix':
    '[nvidia-container-cli] で no-cgroups = true を設定し、デバイスノードを明示的に Docker コンテナへ渡す',
  'sec.privileged_gpu':
    'この特権付きコンテナはホストの root として動き、GPU を持っています。PVE 8.1 以降、devN で非特権コンテナに GPU を渡せます。LXC は特権付きコンテナを安全でないとみなし、そこからの脱出をセキュリティ問題として扱いません。',
  'sec.privileged_gpu.fix': 'バックアップして非特権としてリストアし、devN とコンテナの gid で GPU を渡す',
  'sec.apparmor_unconfined':
    'AppArmor による制限がオフです。GPU パススルーには不要で、たいていは Docker-in-LXC のガイドからのコピーです。',
  'sec.apparmor_unconfined.privileged':
    'root がホストの root である特権付きコンテナで、AppArmor による制限がオフです。GPU パススルーには不要で、たいていは Docker-in-LXC のガイドからのコピーです。',
  'sec.apparmor_unconfined.fix': 'この行を削除する。Docker には「features: nesting=1,keyctl=1」を使う',
  'sec.seccomp_off.replaced':
    'コンテナのシステムコールフィルタが置き換えられています。その場合 PVE は自身が生成するルールを省略します (`explicitly configured lxc.seccomp.profile overrides the following settings`)。GPU の利用には不要です。',
  'sec.seccomp_off.disabled':
    'コンテナのシステムコールフィルタが無効になっています。その場合 PVE は自身が生成するルールを省略し (`explicitly configured lxc.seccomp.profile overrides the following settings`)、LXC の common.seccomp (モジュールのロード、kexec_load、open_by_handle_at を禁止する) もなくなります。GPU の利用には不要です。',
  'sec.cap_drop_empty':
    '空の lxc.cap.drop はここでは何も変えません。非特権コンテナでは、LXC の userns.conf がもともとユーザ名前空間内の全ケーパビリティから始めています。',
  'sec.cap_drop_empty.privileged':
    '空の lxc.cap.drop では、LXC の common.conf が削除する sys_module、sys_rawio、sys_time、mac_admin、mac_override が残ります。コンテナの root がカーネルモジュールをロードし、ホストの生の I/O にアクセスできます。',
  'sec.cap_keep':
    '`lxc.cap.keep` は、コンテナが自身のユーザ名前空間内で保持するケーパビリティを制限するだけで、ホストでの CAP_PERFMON/CAP_SYS_ADMIN を追加することはできません。必要なケーパビリティが漏れるとコンテナの init が壊れることがあります。',
  'sec.cap_keep.privileged': '特権付きコンテナの `lxc.cap.keep` は LXC の削除リストを置き換えます。',
  'sec.cap_keep.privileged_dangerous':
    '特権付きコンテナの `lxc.cap.keep` は、sys_admin/sys_module/sys_rawio などホストレベルのケーパビリティを保持します。',
  'sec.system_dir_bind':
    '`{path}` はホストのシステムディレクトリをコンテナと共有しています。pct.adoc: "Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk." この非特権コンテナではホストの root が所有するファイルは変更できませんが、ホストのプログラムとそのバージョンが露出します。',
  'sec.system_dir_bind.privileged':
    '`{path}` はホストのシステムディレクトリをコンテナと共有しています。pct.adoc: "Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk." この特権付きコンテナではホストのファイルを置き換えられます。',
  'sec.system_dir_bind.fix':
    '必要なツールはコンテナ内にインストールする。バインドするのは専用のデータディレクトリだけにする (例: /mnt/bindmounts の下)',
  'sec.proc_sys_rw': 'コンテナ内で /proc/sys または /sys が書き込み可能です。',
  'sec.proc_sys_rw.privileged':
    'コンテナ内で /proc/sys または /sys が書き込み可能です。特権付きコンテナでは、これによりホストのカーネル設定が変わります。',
  'sec.proc_sys_rw.fix': 'この行を削除する。本当に必要な場合は「features」のフラグ (force_rw_sys=1) を使う',
  'sec.host_binary_bind':
    '`{path}` はコンテナにバインドされたホストのプログラム/ライブラリです。コンテナの libc と一致する必要があり、ホストの更新で黙って壊れます。',
  'sec.host_binary_bind.fix': 'コンテナ内に対応するパッケージをインストールする (nv.version_mismatch)',
  'intel.huc':
    '{pci} で HuC ファームウェアがロードされていないため、低電力 (VDEnc) エンコードが使えません。LP 専用の GPU (Jasper Lake、Elkhart Lake、Arc、Meteor Lake 以降) では、H.264/HEVC のハードウェアエンコードがまったく使えないことを意味します。',
  'intel.huc.forced':
    '{pci} で HuC ファームウェアがロードされていないため、低電力 (VDEnc) エンコードが使えません。LP 専用の GPU (Jasper Lake、Elkhart Lake、Arc、Meteor Lake 以降) では、H.264/HEVC のハードウェアエンコードがまったく使えないことを意味します。i915 は enable_guc={value} に強制されています。',
  'intel.huc.fix':
    'pve-firmware を最新に保つ。enable_guc=2 はそれが必要な古いプラットフォームでだけ設定し (3 が既定のものでは決して設定しない)、initramfs を更新して再起動する',
  'intel.sriov_vf':
    '`{path}` は SR-IOV の仮想ファンクションのものです。VF では i915 PMU が使えないため (`PMU not supported for this GPU`)、エンジンの使用率は物理ファンクションでしか読めません。',
  'intel.sriov_vf.fix': 'ホストで物理ファンクションをモニタリングする',
  'amd.kfd':
    'VA-API に必要なのは render ノードだけですが、ROCm/HIP (ollama、PyTorch) には /dev/kfd も必要です。',
  'amd.kfd.compute':
    'VA-API に必要なのは render ノードだけですが、ROCm/HIP (ollama、PyTorch) には /dev/kfd も必要で、このコンテナは計算処理用に見えます。',
  'amd.kfd.fix': '/dev/kfd をコンテナの render の gid で渡す',
  'subid.not_allowed.uid':
    '`{file}` は root にホストの uid {ids} のマップを許可していません (`lxc.idmap: {entry}` が必要とします)。コンテナは起動しません: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'subid.not_allowed.gid':
    '`{file}` は root にホストの gid {ids} のマップを許可していません (`lxc.idmap: {entry}` が必要とします)。コンテナは起動しません: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'subid.not_allowed.no_file_uid':
    '`{file}` が存在しません (`lxc.idmap: {entry}` が必要とします)。コンテナは起動しません: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'subid.not_allowed.no_file_gid':
    '`{file}` が存在しません (`lxc.idmap: {entry}` が必要とします)。コンテナは起動しません: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'subid.not_allowed.fix': '{file} に追記する (再起動は不要。コンテナを再起動する)',
  'subid.typo_file': '`{file}` はどこからも読まれません。newuidmap/newgidmap が読むのは `{right}` です。',
  'subid.typo_file.fix': 'その行を {right} に移す',
  'subid.nss':
    'このホストでは従属 ID が NSS モジュールから来ています。パネルは /etc/subuid と /etc/subgid からそれを確認できません。',
  'check.pass': '報告することはありません。',
  'check.could_not_run': 'このチェックを実行できませんでした: {error}',
  'cgroup.v1_key.unprivileged':
    '`{line}` は cgroup v1 のキーです。このホストは cgroup v2 を使っているため、この行は効果がありません。そもそも非特権コンテナには許可ルールは不要です。PVE 7.0 以降、そのデバイス cgroup はすべてのデバイスを許可し、ノードの所有者とモードで決まります。PVE は `{key} is deprecated, this will be a hard error in the future!` と記録します。',
  'cgroup.not_allowed.denied':
    '{count, plural, other {{nodes} は `{line}` によってブロックされています。ファイルはコンテナ内に見えますが、open() はすべて `Operation not permitted` を返します。}}',
  'cgroup.not_allowed.fix.deny': 'deny の行を削除する (またはデバイスに当たらないように絞る)',
  'cgroup.allow_all.unprivileged':
    '`lxc.cgroup2.devices.allow: a` は PVE 7.0 以降、非特権コンテナではもともと既定です (pve-container の userns.conf.d/01-pve.conf)。この行は何も変えません。コンテナが開けるものはノードの所有者とモードで決まります。',
  'cgroup.not_allowed.not_needed':
    '{count, plural, other {{nodes} はマウントされていますが、デバイス cgroup が許可していません。open() は `Operation not permitted` を返します。コンテナは VA-API や計算処理にこれを必要としません。}}',
  'subid.not_allowed.many_uid':
    '{count, plural, other {`{file}` は root に、ID マップが必要とするホストの uid の範囲 {count} 個のマップを許可していません: {ids}。}}コンテナは起動しません: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'subid.not_allowed.many_gid':
    '{count, plural, other {`{file}` は root に、ID マップが必要とするホストの gid の範囲 {count} 個のマップを許可していません: {ids}。}}コンテナは起動しません: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'ct.vaapi_driver.docker':
    'このコンテナ内では Docker が動いており、コンテナ自体には VA-API ドライバがありません。Docker イメージ内のメディアアプリケーション (Jellyfin、Frigate、Plex) は独自のドライバを持っており、このパネルからは見えません。アプリケーションがハードウェアデコードなしと報告する場合は、そのイメージ内で確認してください。',
  'ct.vaapi_driver.fix.docker': 'アプリケーションの Docker コンテナ内で vainfo を実行する',
  'ct.config_syntax.duplicate':
    '`{key}` が 2 回設定されています ({first} 行目と {line} 行目)。PVE は最後のものだけを使います。',
  'ct.config_syntax.inline_comment':
    '{line} 行目: `{key}` の値に行内の `#` コメントがあります。PVE も LXC もそれを取り除かず、値の一部になります。',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': 'アクセラレータのドライバーがホストで読み込まれている',
  'acc.usb_single_device.title': 'USB アクセラレータはデバイス番号ではなくバスごと渡す',
  'acc.usb_access.title': 'コンテナーが Coral USB を開ける',
  'acc.driver.coral':
    'ホストにありません: {paths}。カードはあります ({pci}) が、Coral PCIe ドライバー (`apex`、`gasket` が必要) が読み込まれていません。Google の `gasket-dkms` パッケージはカーネル 6.5 以降ではビルドできないため、カーネル更新後にモジュールが失われることがよくあります。',
  'acc.driver.coral_no_card':
    'ホストにありません: {paths}。PCI バスに Coral PCIe カードが見えず、そのドライバー (`apex`) も読み込まれていません。',
  'acc.driver.hailo':
    'ホストにありません: {paths}。カードはあります ({pci}) が、Hailo PCIe ドライバー (`hailo_pci`) が読み込まれていません。',
  'acc.driver.hailo_no_card':
    'ホストにありません: {paths}。PCI バスに Hailo カードが見えず、`hailo_pci` も読み込まれていません。',
  'acc.driver.npu_intel':
    'ホストにありません: {paths}。NPU はあります ({pci}) が、Intel NPU ドライバー (`intel_vpu`、Linux 6.3 以降、NPU ファームウェアが必要) が読み込まれていません。',
  'acc.driver.npu_amd':
    'ホストにありません: {paths}。NPU はあります ({pci}) が、AMD NPU ドライバー (`amdxdna`、Linux 6.14 以降) が読み込まれていません。',
  'acc.driver.npu':
    'ホストにありません: {paths}。NPU ドライバー (`intel_vpu`、`amdxdna`) が読み込まれておらず、PCI バスに NPU も見えません。',
  'acc.driver.kfd':
    'ホストにありません: {paths}。ROCm の `/dev/kfd` を提供する `amdgpu` が読み込まれていません。',
  'acc.driver.unbound':
    'ホストにありません: {paths}。{pci} のカード ({id}) が `{module}` にバインドされていません (バインド済みドライバー: {driver})。別モデル用のドライバーが掴んでいるか、どのドライバーもバインドしていません。',
  'acc.driver.fix.coral':
    '実行中のカーネル用に Coral ドライバーをビルドし (そのカーネルでビルドできる `gasket-dkms`、例えば feranick/gasket-driver のパッケージと、カーネルヘッダー)、`apex` を読み込む',
  'acc.driver.fix.hailo':
    'コンテナーが使う HailoRT と同じバージョンの `hailort-pcie-driver` をインストールし、`{module}` を読み込む',
  'acc.driver.fix.npu': '`{module}` を読み込む (不足している NPU ファームウェアは `dmesg` に出ます)',
  'acc.driver.fix.kfd': '`amdgpu` を読み込む。`/dev/kfd` は一緒に作られます',
  'acc.usb_single_device':
    '{path} ({id}) が USB デバイスノード 1 つとして渡されています。番号はデバイスの抜き差しやホストの再起動のたびに変わり、その後エントリーは何もない所か別のデバイスを指します。',
  'acc.usb_single_device.coral':
    '{path} は Coral USB ({id}) で、デバイスノード 1 つとして渡されています。Coral はファームウェアの読み込み時に再列挙され (1a6e:089a "Global Unichip" が 18d1:9302 "Google" になる) 新しい番号になるため、コンテナー内のノードは古くなり、Edge TPU が見つかりません。',
  'acc.usb_single_device.moved':
    '{path} はもうありません。Coral USB は再列挙され、今は {now} ({id}) です。単一デバイスのエントリーでは追従できません: コンテナーは起動しない (devN) か、TPU なしで起動します (バインド)。',
  'acc.usb_single_device.gone':
    '{path} はもうありません。USB のデバイス番号は再列挙、抜き差し、再起動のたびに変わります。',
  'acc.usb_single_device.fix':
    '代わりに USB バスのディレクトリー全体をバインドし、デバイスがどの番号になっても届くようにする',
  'acc.usb_single_device.fix.coral':
    '代わりに USB バスのディレクトリー全体をバインドし、非特権コンテナーが Coral の両方の ID を開けるようにホストに udev ルールを追加する',
  'acc.usb_access':
    '{path} (Coral USB、{id}) はホストでは {owner} です。非特権コンテナーからは {ctOwner} に見え、書き込み用に開けないため、libedgetpu は Edge TPU を見つけられません。再列挙後のノードも同じ所有者になります。',
  'acc.usb_access.fix':
    'Coral USB の両方の ID (1a6e:089a と 18d1:9302) にモード 0666 を与える udev ルールをホストに追加し、udev を再トリガーする',
  'acc.usb_access.minor':
    'デバイス cgroup は {path} を Coral USB の現在の番号 {devt} としてしか通しません。再列挙されると (1a6e:089a が 18d1:9302 になる) バス上の次の番号になり、コンテナー内の open() は EPERM で失敗します。',
  'acc.usb_access.fix.minor': '1 つの番号ではなく、すべての USB デバイス番号 (メジャー 189) を許可する',
  'acc.driver.hailo_other':
    'ホストにありません: {paths}。`{other}` は読み込まれていますが、これは Hailo-10H 用です。このカード ({pci}、Hailo-8/8L) には `hailo_pci` が必要ですが、読み込まれていません。',
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': 'フックと hookscript がデバイスに行うこと',
  'ct.hook_script.ops':
    '`{hook}` はコンテナーの起動前に実行され、デバイスに次のことを行います: {ops}。チェックは実行後の状態でノードを判定します。',
  'ct.hook_script.opaque':
    '`{hook}` はこのパネルが追跡できない操作をデバイスに行います ({lines})。対象ノードについての判定は、その内容しだいです。',
  'ct.hook_script.unreadable':
    '`{hook}` のスクリプト ({path}) を最後まで読めませんでした。デバイスノードについての判定は、その内容しだいです。',
  'ct.hook_script.missing':
    '`{hook}`: {path} が存在しないか、通常のファイルではありません。PVE または LXC が実行できず、コンテナーは起動しません。',
  'ct.hook_script.not_executable':
    '`{hook}`: {path} は実行可能ではありません。PVE または LXC が実行できず (`is not executable`)、コンテナーは起動しません。',
  'ct.hook_script.fix.missing': 'スクリプトを戻して実行可能にするか、フックを削除する',
  'ct.hook_script.mknod_unprivileged':
    '{count, plural, other {`{hook}` は非特権コンテナー内で mknod により {nodes} を作成します。そのユーザー名前空間はデバイスノードを作成できない (`Operation not permitted`) ため、ノードは存在しません。}}',
  'ct.hook_script.fix.devn': '代わりに devN エントリーでノードを渡す (PVE がコンテナー内に作成します)',
  'ct.hook_script.mknod_blocked':
    '{count, plural, other {フックが {nodes} を作成しますが、デバイス cgroup が許可していません。open() は `Operation not permitted` を返します。}}',
  'nv.lxc_hook.title': 'LXC の nvidia フックが実行できる',
  'nv.lxc_hook':
    'LXC の nvidia フックは起動のたびに NVIDIA デバイスノード ({devices}) とホストのドライバーのライブラリをコンテナーにバインドします (`nvidia-container-cli`)。そのため、コンテナーのドライバーライブラリは常にホストのカーネルモジュールと一致します。',
  'nv.lxc_hook.missing':
    '{path} がこのホストにありません。mount フックを実行できず、コンテナーは起動しません。',
  'nv.lxc_hook.not_mount':
    'LXC の nvidia フックが `{key}` として設定されています。`lxc.hook.mount` としてのみ動作し、それ以外では `This hook must be used as a "mount" hook` で終了するため、コンテナーは起動しません。',
  'nv.lxc_hook.privileged':
    'LXC の nvidia フックは非特権コンテナーでのみ動作します (`This hook currently only works in unprivileged mode`)。この特権コンテナーでは失敗し、コンテナーは起動しません。',
  'nv.lxc_hook.no_cli':
    'LXC の nvidia フックは `nvidia-container-cli` を実行しますが、このホストにはありません (`Missing tool nvidia-container-cli`)。コンテナーは起動しません。',
  'nv.lxc_hook.no_env':
    '`lxc.environment` が `NVIDIA_VISIBLE_DEVICES` に空や `void` 以外の値を設定しない限り、LXC の nvidia フックは何もしません。NVIDIA のノードもライブラリもコンテナーに届きません。',
  'nv.lxc_hook.fix.cli': 'それを提供するパッケージをインストールする',
  'nv.lxc_hook.fix.mount': 'フックを mount フックとして使う',
  'nv.lxc_hook.fix.privileged': 'フックを削除して NVIDIA ノードを devN で渡すか、非特権コンテナーを使う',
  'nv.lxc_hook.fix.env': 'フックが読む変数を設定する',
  'ct.generated_config.title': '前回の起動時に LXC が適用した内容',
  'ct.generated_config.extra':
    '{count, plural, other {前回の起動時に、設定にない {count} 行を LXC が適用しました (フックが書き込んだか、その後削除されました): {lines}。}} 実行中のこのコンテナーのチェックは、LXC が適用した内容 (`/var/lib/lxc/{vmid}/config`) で判定します。',
  'ct.generated_config.not_applied':
    '{count, plural, other {設定の {count} 行が前回の起動時に適用されていません (その後追加されました): {lines}。コンテナーを再起動すると有効になります。それまでチェックはそれらの行なしでコンテナーを判定します。}}',
  'ct.generated_config.hookscript':
    '{count, plural, other {hookscript {script} は起動のたびに生成された設定へ {count} 行を追加します: {lines}。チェックはそれらを適用済みとして扱います。}}',
  'ct.read_limits.title': 'コンテナー内のファイルを最後まで読めた',
  'ct.read_limits':
    '{count, plural, other {コンテナー内の {count} 個のファイルを最後まで読めませんでした: {paths}。}} {checks} の判定は読めた範囲に基づいており、誤っている可能性があります。',
  'ct.config_syntax.lxc_unknown_key':
    '{line} 行目: `{key}` は PVE が LXC に渡すキーではありません。PVE はこの行を捨てる (`unable to parse config`) ため、効果はありません。',
  'ct.config_syntax.lxc_removed_key':
    '{line} 行目: `{key}` は LXC 3.0 で削除されました (現在は `{new}`)。PVE はそのまま渡し、LXC はコンテナーの起動を拒否します。',
  'ct.config_syntax.cgroup_key':
    '{line} 行目: `{key}` はデバイスルールのキー (`lxc.cgroup2.devices.allow` または `lxc.cgroup2.devices.deny`) ではありません。LXC は適用できず、コンテナーは起動しません。',
  'ct.config_syntax.cgroup_rule':
    '{line} 行目: `{value}` は LXC が解釈できるデバイスルール (`a`、または `c` か `b` の後に `major:minor` と `rwm`) ではありません。コンテナーは起動しません。',
  'ct.config_syntax.mount_fields':
    '{line} 行目: `{value}` にはマウントエントリーの 4 つのフィールド (ソース、ターゲット、タイプ、オプション) がそろっていません。マウントは失敗し、コンテナーは起動しません。',
  'host.prestart_chown.fix.script':
    '{script} からこれらのコマンドを削除し、ノードを devN で渡す (PVE は要求した所有者で各ノードのコンテナー専用コピーを作ります)',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': 'コンテナーが MIG インスタンスを開ける',
  'nv.mig_caps.none':
    '{gpu} では MIG が有効です ({count, plural, other {GPU インスタンス {count} 個}}: {instances}) が、コンテナーにはそれらの capability ノードが 1 つもありません。{gpu} だけでは CUDA はデバイスを見つけられません。MIG インスタンスは、その GPU インスタンスのアクセスノードと、そのコンピュートインスタンスの 1 つのアクセスノード `/dev/nvidia-caps/nvidia-cap<minor>` を通じて開かれます (マイナー番号は `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`)。',
  'nv.mig_caps.half':
    'コンテナーには {gpu} の GPU インスタンス {gi} の一部しかありません。不足: {nodes}。MIG インスタンスには、その GPU インスタンスのアクセスノードと、コンピュートインスタンスの 1 つのアクセスノードが必要です。',
  'nv.mig_caps.blocked':
    '{count, plural, other {MIG capability ノード {nodes} はバインドされていますが、デバイス cgroup が許可していません}}。CUDA は {gpu} のインスタンスを開けません。',
  'nv.mig_caps.fix.add': 'GPU インスタンス {gi} とそのコンピュートインスタンス {ci} のアクセスノードを渡す',
  'nv.mig_caps.fix.allow': 'デバイス cgroup で capability ノードを許可する',
  // collector status messages (api/collector-messages.ts, issue 12)
  'collector.msg.no_sample': 'この GPU の計測値はまだありません。',
  'collector.msg.stale': '{seconds} 秒間、正常な計測値がありません。表示値はその時点のものです。',
  'collector.msg.stale_why': '{seconds} 秒間、正常な計測値がありません ({why})。表示値はその時点のものです。',
  'collector.msg.suspended':
    'GPU はランタイムサスペンド中 (アイドル) です。読み取りのために起こすことはしません。',
  'collector.msg.legacy_amdgpu':
    'このカーネルは 5.19 より前の amdgpu fdinfo 形式 (Linux 5.14–5.18、例: PVE 7.2–7.4) を出力します。プロセスごとの使用率には対応していません。PVE 8 のカーネルに更新してください。',
  'collector.msg.fdinfo_denied':
    '{count, plural, other {{count} 個のプロセスを読み取れませんでした (アクセス拒否)。サービスを root で実行してください。}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, other {{count} 個のプロセスが応答しないファイルシステム (停止した FUSE または NFS マウント) 上のファイルを開いています。それらのファイルはスキップされます。}}',
  'collector.msg.nvidia_starting': 'nvidia-smi を起動しています。',
  'collector.msg.nvidia_missing_package':
    '{command} が見つかりません。このホストには NVIDIA ドライバーのユーティリティがありません (Debian パッケージ `nvidia-smi`)。',
  'collector.msg.nvidia_missing': '{command} が見つかりません。',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` が失敗しました ({error})。',
  'collector.msg.nvidia_no_index_fields':
    'nvidia-smi にクエリフィールド `index` と `pci.bus_id` がありません。',
  'collector.msg.nvidia_exited': 'nvidia-smi {name} が終了しました ({why})。{seconds} 秒後に再起動します。',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} が応答しなくなりました。再起動します。',
  'collector.msg.nvidia_mismatch':
    'NVIDIA ドライバーとライブラリのバージョンが一致しません。読み込まれたカーネルモジュールがインストール済みのライブラリと異なります (多くは再起動せずにドライバーを更新した後)。ホストを再起動してください (または nvidia モジュールを再読み込みしてください)。',
  'collector.msg.nvidia_mismatch_versions':
    'NVIDIA ドライバーとライブラリのバージョンが一致しません (ユーザー空間の NVML {nvml}、読み込まれたカーネルモジュール {module})。読み込まれたカーネルモジュールがインストール済みのライブラリと異なります (多くは再起動せずにドライバーを更新した後)。ホストを再起動してください (または nvidia モジュールを再読み込みしてください)。',
  'collector.msg.nvidia_mismatch_nvml':
    'NVIDIA ドライバーとライブラリのバージョンが一致しません (ユーザー空間の NVML {nvml})。読み込まれたカーネルモジュールがインストール済みのライブラリと異なります (多くは再起動せずにドライバーを更新した後)。ホストを再起動してください (または nvidia モジュールを再読み込みしてください)。',
  'collector.msg.nvidia_no_devices': 'nvidia-smi はこのホストで NVIDIA GPU を見つけられませんでした。',
  'collector.msg.nvidia_no_driver':
    'nvidia-smi が NVIDIA ドライバーと通信できません。カーネルモジュールが読み込まれていません。',
  'collector.msg.nvidia_bad_field': 'nvidia-smi がクエリフィールドを拒否しました: {line}',
  'collector.msg.nvidia_failed': 'nvidia-smi が失敗しました: {line}',
  'collector.msg.pmon_unsupported': 'この GPU では nvidia-smi pmon に対応していません。',
  'collector.msg.pmon_unsupported_memory':
    'これらの GPU では nvidia-smi pmon が "Not supported on the device(s)" と応答します (一部の GeForce、vGPU、MIG 構成)。プロセスごとの使用率は不明です。プロセスごとのメモリは `--query-compute-apps` から取得し、GPU 全体は通常どおり計測します。',
  'collector.msg.nvidia_not_listed': 'nvidia-smi の一覧にこの GPU がありません。',
  'collector.msg.nvidia_not_running': 'この GPU では nvidia-smi が動作していません。',
  'collector.msg.nvidia_gpu_stale':
    'nvidia-smi は {seconds} 秒間この GPU を報告していません。表示値はその時点のものです。',
  // 12robust: nvidia-smi's first-output allowance (collect/nvidia-smi.ts)
  'collector.msg.nvidia_silent_start':
    'nvidia-smi {name} は {seconds} 秒間何も出力しませんでした。待ち時間を延ばして再起動します。永続モードがない場合、ドライバーは最初に GPU を開いたプログラムのために GPU を初期化するため、数十秒かかることがあります。`nvidia-persistenced` を実行してください。',
  // 12a11y: evidence in the engine's own words (api-shim/src/health/checks/context.ts stated())
  'evidence.missing': '存在しません',
  'evidence.exists': '存在します',
  'evidence.pve_default_map': 'PVE の既定のマップ (`unprivileged: 1`): {map}',
  'evidence.subid_no_root': 'root のエントリがありません',
  'evidence.idmap_lines.uid': '{count, plural, other {uid 行 {count} 件}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid': '{count, plural, other {gid 行 {count} 件}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2 (統合階層)',
  'evidence.cgroup.hybrid': 'cgroup v1 と v2 の併用 (ハイブリッド)',
  'evidence.cgroup.unknown': 'cgroup の構成を認識できません',
  'evidence.apparmor.enabled': 'AppArmor は有効です',
  'evidence.apparmor.disabled': 'AppArmor は無効です',
  'evidence.no_driver': 'ドライバがバインドされていません',
  'evidence.pci_no_driver': '{id}: ドライバがバインドされていません',
  'evidence.node.char': 'キャラクタデバイス {devt}',
  'evidence.node.block': 'ブロックデバイス {devt}',
  'evidence.node.file': '通常ファイル (デバイスノードではありません)',
  'evidence.node.dir': 'ディレクトリ (デバイスノードではありません)',
  'evidence.no_group_gid': 'gid {gid} のグループはありません',
  'evidence.no_group_name': '{group} グループはありません',
  'evidence.uvm_listed': '`nvidia_uvm` が記載されています',
  'evidence.uvm_not_listed': '`nvidia_uvm` が記載されていません',
  'evidence.no_cgroups_unset': '`no-cgroups` が設定されていません',
  'evidence.docker_dir': 'Docker のデータディレクトリがあります',
  'evidence.no_vaapi_driver': 'VA-API ドライバがありません (`*_drv_video.so`)',
  'evidence.read.denied': 'アクセスが拒否されました',
  'evidence.read.not_regular': '通常ファイルではありません',
  'evidence.read.not_directory': 'ディレクトリではありません',
  'evidence.read.symlink': 'シンボリックリンク (たどりません)',
  'evidence.read.error': '読み取りエラー',
  'evidence.read.timeout': '制限時間内に応答がありません',
  'evidence.read.truncated': 'サイズ上限を超えたため一部のみ読み取り',
  'evidence.unreadable': '読み取れませんでした',
  'evidence.module_not_loaded': 'モジュールが読み込まれていません',
  'evidence.privileged_config': '`unprivileged: 1` も `lxc.idmap` もありません',
  'evidence.hook.not_executable': '実行可能ではありません',
  'evidence.hook.too_big': 'サイズ上限を超えたため読み取っていません',
  'evidence.hook.storage': 'ストレージがディレクトリ型ではないため、ファイルの場所がわかりません',
  'evidence.unprivileged_ct': '非特権コンテナ',
  'evidence.privileged_ct': '特権コンテナ',
  'evidence.nvidia_nodes_passed': 'NVIDIA のデバイスノードがパススルーされています',
  'evidence.no_caps_major': '`nvidia-caps` の行がありません',
} satisfies Record<string, string>;
